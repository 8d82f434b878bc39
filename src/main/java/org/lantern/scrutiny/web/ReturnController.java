package org.lantern.scrutiny.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccessPolicy;
import org.lantern.access.CurrentUser;
import org.lantern.access.Permission;
import org.lantern.platform.FinancialQuarter;
import org.lantern.platform.Texts;
import org.lantern.scrutiny.Indicator;
import org.lantern.scrutiny.IndicatorReturns;
import org.lantern.scrutiny.Indicators;
import org.lantern.scrutiny.OutcomeViews;
import org.lantern.scrutiny.ScrutinyRejectedException;
import org.lantern.scrutiny.Source;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An agency lead's quarterly returns: what is due, and entering a figure. */
@Controller
class ReturnController {

  static final int MAX_COMMENT = 2000;

  private final IndicatorReturns returns;
  private final Indicators indicators;
  private final OutcomeViews outcomes;
  private final AccessPolicy policy;

  ReturnController(
      IndicatorReturns returns, Indicators indicators, OutcomeViews outcomes, AccessPolicy policy) {
    this.returns = returns;
    this.indicators = indicators;
    this.outcomes = outcomes;
    this.policy = policy;
  }

  @GetMapping("/scrutiny/returns")
  String form(
      @RequestParam(name = "indicator", required = false) @Nullable UUID indicator,
      @RequestParam(name = "quarter", required = false) @Nullable String quarter,
      CurrentUser user,
      Model model) {
    policy.requireRole(user, Permission.ENTER_INDICATOR_RETURN);
    ReturnForm form = new ReturnForm();
    form.setIndicatorId(indicator == null ? null : indicator.toString());
    form.setQuarter(quarter == null ? outcomes.lastEnded().code() : quarter);
    return page(user, model, form);
  }

  @PostMapping("/scrutiny/returns")
  String enter(
      @ModelAttribute("form") ReturnForm form,
      BindingResult errors,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    policy.requireRole(user, Permission.ENTER_INDICATOR_RETURN);
    UUID indicatorId = null;
    try {
      indicatorId = form.getIndicatorId() == null ? null : UUID.fromString(form.getIndicatorId());
    } catch (IllegalArgumentException e) {
      indicatorId = null;
    }
    if (indicatorId == null) {
      errors.rejectValue("indicatorId", "scrutiny.return.indicator.required");
    }
    FinancialQuarter quarter = FinancialQuarter.parse(form.getQuarter()).orElse(null);
    if (quarter == null) {
      errors.rejectValue("quarter", "scrutiny.quarter.invalid");
    }
    BigDecimal figure = IndicatorForm.number(form.getFigure(), "figure", errors, true);
    String comment = Texts.clean(form.getComment());
    if (comment != null && comment.length() > MAX_COMMENT) {
      errors.rejectValue("comment", "scrutiny.return.comment.tooLong");
    }
    if (!errors.hasErrors()) {
      try {
        returns.enter(
            user,
            Objects.requireNonNull(indicatorId),
            Objects.requireNonNull(quarter),
            Objects.requireNonNull(figure),
            comment);
        redirect.addFlashAttribute("entered", quarter.code());
        return "redirect:/scrutiny/returns";
      } catch (ScrutinyRejectedException e) {
        errors.rejectValue(e.field(), e.messageKey(), e.arguments(), e.messageKey());
      }
    }
    return page(user, model, form);
  }

  private String page(CurrentUser user, Model model, ReturnForm form) {
    List<Indicator> mine =
        indicators.all(user.partnershipId()).stream()
            .filter(i -> i.latest().definition().source() == Source.ENTERED)
            .filter(i -> user.agencyId().equals(i.latest().definition().agencyId()))
            .toList();
    model.addAttribute("form", form);
    model.addAttribute("due", returns.due(user));
    model.addAttribute("mine", mine);
    return "scrutiny/returns";
  }
}
