package org.lantern.lists.web;

import java.io.IOException;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.access.DistrictView;
import org.lantern.lists.ListCrossReference;
import org.lantern.lists.ListKind;
import org.lantern.lists.ListRowChangedException;
import org.lantern.lists.UploadedLists;
import org.lantern.platform.DateRules;
import org.lantern.platform.ListSearch;
import org.lantern.platform.QueryParams;
import org.lantern.platform.Texts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinator's lists: the lists a page at a time, upload one (what became of each row), see a
 * list's rows with the children they may be, and confirm or reject each match.
 */
@Controller
class ListsController {

  private final ListCrossReference lists;
  private final UploadedLists uploaded;
  private final Directory directory;
  private final DateRules dates;

  ListsController(
      ListCrossReference lists, UploadedLists uploaded, Directory directory, DateRules dates) {
    this.lists = lists;
    this.uploaded = uploaded;
    this.directory = directory;
    this.dates = dates;
  }

  /** The lists a page at a time (newest first), searched by name, sorted by name or date. */
  @GetMapping("/panels/lists")
  String lists(
      @RequestParam(defaultValue = "1") String page,
      @RequestParam(required = false) @Nullable String search,
      @RequestParam(required = false) @Nullable String sort,
      CurrentUser user,
      Model model) {
    UploadedLists.Query query =
        new UploadedLists.Query(
            QueryParams.page(page),
            ListSearch.of(search).isBlank() ? null : search.strip(),
            UploadedLists.Query.sort(sort));
    return show(user, new ListUploadForm(), query, model);
  }

  @PostMapping("/panels/lists")
  String upload(
      @ModelAttribute("upload") ListUploadForm form,
      BindingResult errors,
      CurrentUser user,
      Model model)
      throws IOException {
    ListUploadForm.Checked checked = form.validate(errors, dates);
    if (checked != null && form.getFile() != null) {
      ListCrossReference.UploadResult result =
          lists.upload(user, checked.kind(), checked.listDate(), form.getFile().getBytes());
      if (result.fileProblem() != null) {
        errors.rejectValue(
            "file", "lists.upload.fileProblem", new Object[] {result.fileProblem()}, null);
      } else {
        model.addAttribute("result", result);
      }
    }
    // the page's links keep the request's parameters: none are shown after a POST
    model.addAttribute("posted", true);
    return show(user, form, UploadedLists.Query.first(), model);
  }

  private String show(
      CurrentUser user, ListUploadForm form, UploadedLists.Query query, Model model) {
    model.addAttribute("lists", uploaded.page(user, query));
    model.addAttribute("upload", form);
    model.addAttribute("kinds", ListKind.values());
    model.addAttribute("columns", ListCrossReference.COLUMNS);
    return "lists/lists";
  }

  /** One list's rows a page at a time, searched by name and filtered by where they stand. */
  @GetMapping("/panels/lists/{listId}")
  String list(
      @PathVariable UUID listId,
      @RequestParam(defaultValue = "1") String page,
      @RequestParam(required = false) @Nullable String search,
      @RequestParam(required = false) @Nullable String status,
      CurrentUser user,
      Model model) {
    model.addAttribute("list", lists.list(user, listId, query(page, search, status)));
    model.addAttribute("statuses", ListCrossReference.Status.values());
    model.addAttribute(
        "districts",
        directory.districts(user.partnershipId()).stream()
            .collect(Collectors.toMap(DistrictView::id, DistrictView::name)));
    return "lists/list";
  }

  private static ListCrossReference.Query query(
      String page, @Nullable String search, @Nullable String status) {
    return new ListCrossReference.Query(
        QueryParams.page(page),
        ListSearch.of(search).isBlank() ? null : search.strip(),
        QueryParams.oneOf(ListCrossReference.Status.class, status));
  }

  @PostMapping("/panels/lists/{listId}/rows/{rowId}")
  String decide(
      @PathVariable UUID listId,
      @PathVariable UUID rowId,
      @RequestParam(name = "version", defaultValue = "-1") long version,
      @RequestParam(name = "choice", required = false) @Nullable String choice,
      @RequestParam(name = "listPage", defaultValue = "1") String page,
      @RequestParam(name = "listSearch", required = false) @Nullable String search,
      @RequestParam(name = "listStatus", required = false) @Nullable String status,
      CurrentUser user,
      RedirectAttributes redirect) {
    // back to the page of the list the row was decided on, with its search and filter
    ListCrossReference.Query query = query(page, search, status);
    if (query.page() > 1) {
      redirect.addAttribute("page", query.page());
    }
    if (query.search() != null) {
      redirect.addAttribute("search", query.search());
    }
    if (query.status() != null) {
      redirect.addAttribute("status", query.status().name());
    }
    if (choice == null || choice.isBlank()) {
      redirect.addFlashAttribute("problem", "missing");
      redirect.addFlashAttribute("problemRow", rowId.toString());
      return "redirect:/panels/lists/" + listId + "#row-" + rowId;
    }
    UUID childId = choice.equals("NONE") ? null : Texts.uuid(choice);
    if (childId == null && !choice.equals("NONE")) {
      redirect.addFlashAttribute("problem", "missing");
      redirect.addFlashAttribute("problemRow", rowId.toString());
      return "redirect:/panels/lists/" + listId + "#row-" + rowId;
    }
    try {
      lists.decide(user, listId, rowId, version, childId);
      redirect.addFlashAttribute("decided", childId == null ? "REJECTED" : "CONFIRMED");
    } catch (ListRowChangedException changed) {
      redirect.addFlashAttribute("problem", "conflict");
      redirect.addFlashAttribute("problemRow", rowId.toString());
    }
    return "redirect:/panels/lists/" + listId;
  }
}
