package org.lantern.people.personindex;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccessPolicy;
import org.lantern.access.CurrentUser;
import org.lantern.access.Permission;
import org.lantern.people.PersonLinkChangedException;
import org.lantern.people.PersonLinkQueue;
import org.lantern.people.PersonLinking;
import org.lantern.platform.ListSearch;
import org.lantern.platform.QueryParams;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The review queue and a pair's page, for the front door and exploitation coordinators. */
@Controller
class PersonIndexController {

  private final PersonLinking linking;
  private final PersonLinkQueue queue;
  private final AccessPolicy policy;

  PersonIndexController(PersonLinking linking, PersonLinkQueue queue, AccessPolicy policy) {
    this.linking = linking;
    this.queue = queue;
    this.policy = policy;
  }

  /** The queue a page at a time; the search and the sort stay in the address. */
  @GetMapping("/person-index/review")
  String queue(
      @RequestParam(defaultValue = "1") String page,
      @RequestParam(required = false) @Nullable String search,
      @RequestParam(required = false) @Nullable String sort,
      CurrentUser user,
      Model model) {
    PersonLinkQueue.Query query =
        new PersonLinkQueue.Query(
            QueryParams.page(page),
            ListSearch.of(search).isBlank() ? null : search.strip(),
            PersonLinkQueue.Query.sort(sort));
    model.addAttribute("queue", queue.page(user, query));
    model.addAttribute("mayUpload", policy.roleAllows(user, Permission.UPLOAD_PERSON_RECORDS));
    return "people/person-index/queue";
  }

  @GetMapping("/person-index/pairs/{linkId}")
  String pair(@PathVariable UUID linkId, CurrentUser user, Model model) {
    PairView pair = PairView.of(linking.pair(user, linkId));
    PairDecisionForm form = new PairDecisionForm();
    form.setVersion(pair.version());
    return show(pair, form, model);
  }

  @PostMapping("/person-index/pairs/{linkId}/decision")
  String decide(
      @PathVariable UUID linkId,
      @ModelAttribute("decision") PairDecisionForm form,
      BindingResult errors,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    form.validate(errors);
    if (!errors.hasErrors()) {
      try {
        linking.decide(user, linkId, form.getVersion(), form.decision());
        redirect.addFlashAttribute("decided", form.decision().name());
        return "redirect:/person-index/review";
      } catch (PersonLinkChangedException changed) {
        errors.reject("linkage.decision.conflict");
      }
    }
    return show(PairView.of(linking.pair(user, linkId)), form, model);
  }

  private String show(PairView pair, PairDecisionForm form, Model model) {
    model.addAttribute("pair", pair);
    model.addAttribute("decision", form);
    return "people/person-index/pair";
  }
}
