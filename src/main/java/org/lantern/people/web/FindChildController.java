package org.lantern.people.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.lantern.access.AccessPolicy;
import org.lantern.access.CurrentUser;
import org.lantern.people.ChildSearch;
import org.lantern.platform.RecordNotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/** "Find a child": the first step of raising a concern, and the way into a child's record. */
@Controller
class FindChildController {

  private final ChildSearch search;
  private final AccessPolicy policy;
  private final Clock clock;

  FindChildController(ChildSearch search, AccessPolicy policy, Clock clock) {
    this.search = search;
    this.policy = policy;
    this.clock = clock;
  }

  @GetMapping("/children/find")
  String find(
      @RequestParam(name = "for", defaultValue = "record") String purposeCode,
      @RequestParam(name = "search", required = false) String searched,
      @RequestParam(name = "context", required = false) String context,
      @ModelAttribute("search") FindChildForm form,
      BindingResult errors,
      CurrentUser user,
      HttpServletRequest request,
      Model model) {
    FindPurpose purpose =
        FindPurpose.from(purposeCode)
            .orElseThrow(() -> new RecordNotFoundException("search purpose", new UUID(0, 0)));
    policy.requireRole(user, purpose.permission());
    Optional<String> renamed = OldFindLinks.renamed("/children/find", request.getParameterMap());
    if (renamed.isPresent()) {
      return "redirect:" + renamed.get();
    }
    model.addAttribute("purpose", purpose);
    model.addAttribute(
        "context", purpose == FindPurpose.STRATEGY ? StrategyContext.parse(context) : null);
    if (searched == null) {
      return "people/find";
    }
    form.validate(errors, clock);
    if (!errors.hasErrors()) {
      model.addAttribute(
          "results", search.findRanked(user, form.toQuery(), purpose.auditPurpose()));
    }
    return "people/find";
  }
}
