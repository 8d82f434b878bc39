package org.lantern.scrutiny.web;

import java.util.UUID;
import org.lantern.access.AccessPolicy;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.access.Permission;
import org.lantern.access.RecordRef;
import org.lantern.platform.FinancialQuarter;
import org.lantern.scrutiny.Direction;
import org.lantern.scrutiny.Indicator;
import org.lantern.scrutiny.IndicatorDefinition;
import org.lantern.scrutiny.Indicators;
import org.lantern.scrutiny.OutcomeViews;
import org.lantern.scrutiny.ScrutinyRejectedException;
import org.lantern.scrutiny.Unit;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The strategic lead's indicators: the list, defining one, changing one from a quarter on. */
@Controller
class IndicatorController {

  private final Indicators indicators;
  private final OutcomeViews outcomes;
  private final Directory directory;
  private final AccessPolicy policy;

  IndicatorController(
      Indicators indicators, OutcomeViews outcomes, Directory directory, AccessPolicy policy) {
    this.indicators = indicators;
    this.outcomes = outcomes;
    this.directory = directory;
    this.policy = policy;
  }

  @GetMapping("/scrutiny/indicators")
  String list(CurrentUser user, Model model) {
    policy.requireRole(user, Permission.DEFINE_INDICATORS);
    model.addAttribute("indicators", indicators.all(user.partnershipId()));
    model.addAttribute("lastEnded", outcomes.lastEnded());
    model.addAttribute(
        "lastClosed", indicators.isClosed(user.partnershipId(), outcomes.lastEnded()));
    return "scrutiny/indicators";
  }

  @GetMapping("/scrutiny/indicators/new")
  String newForm(CurrentUser user, Model model) {
    policy.requireRole(user, Permission.DEFINE_INDICATORS);
    IndicatorForm form = new IndicatorForm();
    form.setFromQuarter(outcomes.lastEnded().next().code());
    return form(user, model, form, null);
  }

  @PostMapping("/scrutiny/indicators")
  String define(
      @ModelAttribute("form") IndicatorForm form,
      BindingResult errors,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    policy.requireRole(user, Permission.DEFINE_INDICATORS);
    FinancialQuarter from = form.quarter(errors);
    IndicatorDefinition d = form.definition(errors);
    if (from != null && d != null) {
      try {
        indicators.define(user, from, d, form.isKey());
        redirect.addFlashAttribute("saved", d.name());
        return "redirect:/scrutiny/indicators";
      } catch (ScrutinyRejectedException e) {
        errors.rejectValue(e.field(), e.messageKey(), e.arguments(), e.messageKey());
      }
    }
    return form(user, model, form, null);
  }

  @GetMapping("/scrutiny/indicators/{indicatorId}/change")
  String changeForm(@PathVariable UUID indicatorId, CurrentUser user, Model model) {
    policy.requireRole(user, Permission.DEFINE_INDICATORS, RecordRef.of("INDICATOR", indicatorId));
    Indicator i = indicators.find(user, indicatorId);
    IndicatorForm form =
        IndicatorForm.of(i.latest().definition(), outcomes.lastEnded().next(), i.key());
    return form(user, model, form, i);
  }

  @PostMapping("/scrutiny/indicators/{indicatorId}/change")
  String change(
      @PathVariable UUID indicatorId,
      @ModelAttribute("form") IndicatorForm form,
      BindingResult errors,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    policy.requireRole(user, Permission.DEFINE_INDICATORS, RecordRef.of("INDICATOR", indicatorId));
    Indicator i = indicators.find(user, indicatorId);
    FinancialQuarter from = form.quarter(errors);
    IndicatorDefinition d = form.definition(errors);
    if (from != null && d != null) {
      try {
        indicators.revise(user, indicatorId, from, d);
        redirect.addFlashAttribute("saved", d.name());
        return "redirect:/scrutiny/indicators";
      } catch (ScrutinyRejectedException e) {
        errors.rejectValue(e.field(), e.messageKey(), e.arguments(), e.messageKey());
      }
    }
    return form(user, model, form, i);
  }

  @PostMapping("/scrutiny/indicators/{indicatorId}/key")
  String key(
      @PathVariable UUID indicatorId,
      @RequestParam(name = "key", defaultValue = "false") boolean key,
      CurrentUser user) {
    policy.requireRole(user, Permission.DEFINE_INDICATORS, RecordRef.of("INDICATOR", indicatorId));
    indicators.markKey(user, indicatorId, key);
    return "redirect:/scrutiny/indicators";
  }

  @PostMapping("/scrutiny/quarters/close")
  String close(
      @RequestParam(name = "quarter", defaultValue = "") String quarter,
      CurrentUser user,
      RedirectAttributes redirect) {
    policy.requireRole(user, Permission.DEFINE_INDICATORS);
    FinancialQuarter q = FinancialQuarter.parse(quarter).orElse(null);
    if (q != null) {
      try {
        indicators.close(user, q);
        redirect.addFlashAttribute("closed", q.code());
      } catch (ScrutinyRejectedException e) {
        redirect.addFlashAttribute("notClosed", q.code());
      }
    }
    return "redirect:/scrutiny/indicators";
  }

  private String form(CurrentUser user, Model model, IndicatorForm form, Indicator indicator) {
    model.addAttribute("form", form);
    model.addAttribute("indicator", indicator);
    model.addAttribute("measures", indicators.measures().values());
    model.addAttribute("agencies", directory.agencies(user.partnershipId()));
    model.addAttribute("units", Unit.values());
    model.addAttribute("directions", Direction.values());
    return "scrutiny/indicator-form";
  }
}
