package org.lantern.intelligence.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccessPolicy;
import org.lantern.access.CurrentUser;
import org.lantern.access.Permission;
import org.lantern.intelligence.IntelligenceLinks;
import org.lantern.platform.LanternTime;
import org.lantern.platform.ListSort;
import org.lantern.platform.QueryParams;
import org.lantern.platform.Texts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Adults of concern (police, coordinator): the list, and one adult's linked children by source. */
@Controller
class AdultsController {

  private final IntelligenceLinks links;
  private final AccessPolicy policy;
  private final Clock clock;

  AdultsController(IntelligenceLinks links, AccessPolicy policy, Clock clock) {
    this.links = links;
    this.policy = policy;
    this.clock = clock;
  }

  @GetMapping("/adults")
  String list(
      @RequestParam(required = false) @Nullable String name,
      @RequestParam(defaultValue = "1") String page,
      @RequestParam(required = false) @Nullable String sort,
      CurrentUser user,
      Model model) {
    String searched = Texts.clean(name);
    if (searched != null && searched.length() > 100) {
      searched = searched.substring(0, 100);
    }
    ListSort sorted = IntelligenceLinks.adultsSort(sort);
    model.addAttribute("adults", links.adults(user, searched, QueryParams.page(page), sorted));
    model.addAttribute("name", searched);
    model.addAttribute("sort", sorted);
    return "intelligence/adults";
  }

  @GetMapping("/adults/{adultId}")
  String adult(@PathVariable UUID adultId, CurrentUser user, Model model) {
    model.addAttribute("file", links.file(user, adultId));
    model.addAttribute("canRecord", policy.roleAllows(user, Permission.RECORD_INTELLIGENCE_LINK));
    model.addAttribute("today", LocalDate.now(clock.withZone(LanternTime.ZONE)));
    return "intelligence/adult";
  }
}
