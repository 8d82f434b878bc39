package org.lantern.flags.web;

import jakarta.servlet.http.HttpSession;
import java.util.Objects;
import org.lantern.access.AccessPolicy;
import org.lantern.access.CurrentUser;
import org.lantern.access.Permission;
import org.lantern.flags.CheckAnswer;
import org.lantern.flags.FlagChecks;
import org.lantern.flags.FlagChecks.Channel;
import org.lantern.flags.FlagViews;
import org.lantern.people.NhsNumber;
import org.lantern.platform.Texts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The A&E check: the setting once per session, then a child by NHS number (or name and date of
 * birth), answered with the flags, the responsible team and whom to call, and the last checks from
 * unscheduled care; nothing else. A child Lantern does not know answers as one with no flags.
 */
@Controller
class FlagCheckController {

  static final String SETTING = FlagCheckController.class.getName() + ".setting";

  private final FlagChecks checks;
  private final FlagViews views;
  private final AccessPolicy policy;

  FlagCheckController(FlagChecks checks, FlagViews views, AccessPolicy policy) {
    this.checks = checks;
    this.views = views;
    this.policy = policy;
  }

  @GetMapping("/flags/setting")
  String settingForm(
      @ModelAttribute("settingForm") SettingForm form, CurrentUser user, HttpSession session) {
    policy.requireRole(user, Permission.CHECK_FLAGS);
    if (form.getSetting() == null && session.getAttribute(SETTING) instanceof String s) {
      form.setSetting(s);
    }
    return "flags/setting";
  }

  @PostMapping("/flags/setting")
  String setting(
      @ModelAttribute("settingForm") SettingForm form,
      BindingResult errors,
      CurrentUser user,
      HttpSession session) {
    policy.requireRole(user, Permission.CHECK_FLAGS);
    form.validate(errors);
    if (errors.hasErrors()) {
      return "flags/setting";
    }
    session.setAttribute(SETTING, Texts.clean(form.getSetting()));
    return "redirect:/flags/check";
  }

  @GetMapping("/flags/check")
  String form(
      @ModelAttribute("check") CheckForm form, CurrentUser user, HttpSession session, Model model) {
    policy.requireRole(user, Permission.CHECK_FLAGS);
    if (!(session.getAttribute(SETTING) instanceof String setting)) {
      return "redirect:/flags/setting";
    }
    model.addAttribute("setting", setting);
    return "flags/check";
  }

  @PostMapping("/flags/check")
  String check(
      @ModelAttribute("check") CheckForm form,
      BindingResult errors,
      CurrentUser user,
      HttpSession session,
      Model model) {
    policy.requireRole(user, Permission.CHECK_FLAGS);
    if (!(session.getAttribute(SETTING) instanceof String setting)) {
      return "redirect:/flags/setting";
    }
    model.addAttribute("setting", setting);
    NhsNumber nhs = form.validate(errors);
    if (errors.hasErrors()) {
      return "flags/check";
    }
    CheckAnswer answer =
        nhs != null
            ? checks.byNhsNumber(user, Channel.WEB, setting, nhs)
            : checks.byNameAndBirth(
                user,
                Channel.WEB,
                setting,
                Objects.requireNonNull(Texts.clean(form.getGivenName())),
                Objects.requireNonNull(Texts.clean(form.getFamilyName())),
                Objects.requireNonNull(form.birthDate()));
    model.addAttribute("answer", answer);
    model.addAttribute("byNhsNumber", nhs != null);
    model.addAttribute("flags", views.rows(answer.flags()));
    return "flags/answer";
  }
}
