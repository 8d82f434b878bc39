package org.lantern.intelligence.web;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccessPolicy;
import org.lantern.access.CurrentUser;
import org.lantern.access.Permission;
import org.lantern.intelligence.Assessment;
import org.lantern.intelligence.IntelligenceLinks;
import org.lantern.intelligence.LinkNature;
import org.lantern.intelligence.SourceEvaluation;
import org.lantern.people.ChildSearch;
import org.lantern.people.ChildSummary;
import org.lantern.platform.DateRules;
import org.lantern.platform.Texts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Recording an intelligence link between an adult and a child: from the adult's page (the child is
 * found by search within the form) or from the child's file (the adult is named in the form).
 */
@Controller
class LinkController {

  private static final String PURPOSE = "record an intelligence link to an adult";

  private final IntelligenceLinks links;
  private final ChildSearch search;
  private final AccessPolicy policy;
  private final Clock clock;
  private final DateRules dates;

  LinkController(
      IntelligenceLinks links,
      ChildSearch search,
      AccessPolicy policy,
      Clock clock,
      DateRules dates) {
    this.links = links;
    this.search = search;
    this.policy = policy;
    this.clock = clock;
    this.dates = dates;
  }

  @GetMapping("/intelligence-links/new")
  String form(
      @RequestParam(required = false) @Nullable UUID adult,
      @RequestParam(required = false) @Nullable UUID child,
      CurrentUser user,
      Model model) {
    requireRole(user);
    if (adult == null && child == null) {
      return "redirect:/adults";
    }
    LinkForm form = new LinkForm();
    form.setAdultId(adult == null ? null : adult.toString());
    form.setChildId(child == null ? null : child.toString());
    return show(form, null, user, model);
  }

  @PostMapping("/intelligence-links/new")
  String save(
      @ModelAttribute("link") LinkForm form,
      BindingResult errors,
      @RequestParam(required = false) @Nullable String step,
      @RequestParam(required = false) @Nullable UUID chosen,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    requireRole(user);
    UUID adultId = Texts.uuid(form.getAdultId());
    UUID childId = Texts.uuid(form.getChildId());
    if (adultId == null && childId == null) {
      return "redirect:/adults";
    }
    if (chosen != null) {
      form.setChildId(chosen.toString());
      return show(form, null, user, model);
    }
    if ("change".equals(step)) {
      form.setChildId(null);
      return show(form, null, user, model);
    }
    if ("search".equals(step)) {
      List<ChildSummary> found = form.getPick().search(search, user, errors, clock, PURPOSE);
      return show(form, found, user, model);
    }
    if (childId == null) {
      errors.rejectValue(ChildPick.FIELD + ".name", "link.child.required");
    }
    LinkForm.Checked checked = form.validate(errors, dates, adultId == null);
    if (checked == null || errors.hasErrors()) {
      return show(form, null, user, model);
    }
    UUID adult;
    if (adultId != null) {
      links.record(user, adultId, childId, checked.link());
      adult = adultId;
    } else {
      adult = links.record(user, checked.adult(), childId, checked.link());
    }
    redirect.addFlashAttribute("linked", true);
    return "redirect:/adults/" + adult;
  }

  private String show(
      LinkForm form, @Nullable List<ChildSummary> found, CurrentUser user, Model model) {
    UUID adultId = Texts.uuid(form.getAdultId());
    UUID childId = Texts.uuid(form.getChildId());
    model.addAttribute("link", form);
    model.addAttribute("adult", adultId == null ? null : links.adult(user, adultId));
    model.addAttribute("child", childId == null ? null : search.chosen(user, childId, PURPOSE));
    model.addAttribute("results", found);
    model.addAttribute("natures", LinkNature.values());
    model.addAttribute("evaluations", SourceEvaluation.values());
    model.addAttribute("assessments", Assessment.values());
    return "intelligence/link-form";
  }

  private void requireRole(CurrentUser user) {
    policy.requireRole(user, Permission.RECORD_INTELLIGENCE_LINK);
  }
}
