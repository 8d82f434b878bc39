package org.lantern.casework.web;

import org.jspecify.annotations.Nullable;
import org.lantern.access.CurrentUser;
import org.lantern.casework.CaseList;
import org.lantern.casework.Caseloads;
import org.lantern.platform.ListSearch;
import org.lantern.platform.ListSort;
import org.lantern.platform.QueryParams;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "My children" for a worker and "Our team's children" for a manager, a page at a time; the search
 * and the sort stay in the address.
 */
@Controller
class CaseloadController {

  private final Caseloads caseloads;

  CaseloadController(Caseloads caseloads) {
    this.caseloads = caseloads;
  }

  @GetMapping("/my-children")
  String mine(
      @RequestParam(defaultValue = "1") String page,
      @RequestParam(required = false) @Nullable String search,
      @RequestParam(required = false) @Nullable String sort,
      CurrentUser user,
      Model model) {
    CaseList query = query(page, search, CaseList.mineSort(sort));
    model.addAttribute("children", caseloads.mine(user, query));
    model.addAttribute("held", caseloads.held(user));
    model.addAttribute("query", query);
    model.addAttribute("today", caseloads.today());
    return "casework/mine";
  }

  @GetMapping("/casework/team")
  String team(
      @RequestParam(defaultValue = "1") String page,
      @RequestParam(required = false) @Nullable String search,
      @RequestParam(required = false) @Nullable String sort,
      CurrentUser user,
      Model model) {
    CaseList query = query(page, search, CaseList.teamSort(sort));
    model.addAttribute("team", caseloads.team(user, query));
    model.addAttribute("query", query);
    model.addAttribute("today", caseloads.today());
    return "casework/team";
  }

  /** A casework list's page, search and sort as the address gives them. */
  static CaseList query(String page, @Nullable String search, ListSort sort) {
    return new CaseList(
        QueryParams.page(page), ListSearch.of(search).isBlank() ? null : search.strip(), sort);
  }
}
