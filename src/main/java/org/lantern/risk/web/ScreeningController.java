package org.lantern.risk.web;

import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import org.lantern.access.AccessPolicy;
import org.lantern.access.CurrentUser;
import org.lantern.access.Permission;
import org.lantern.access.RecordRef;
import org.lantern.platform.Texts;
import org.lantern.risk.Answer;
import org.lantern.risk.IncompleteScreeningException;
import org.lantern.risk.RiskLevel;
import org.lantern.risk.ScreeningChangedException;
import org.lantern.risk.ScreeningStatus;
import org.lantern.risk.ScreeningView;
import org.lantern.risk.Screenings;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
 * Completing a screening: start it from the child's file, answer (save a draft, come back),
 * continue to see the computed level and why, submit (agreeing or judging differently); then the
 * screening as everyone allowed sees it, with a team manager's sign-off.
 */
@Controller
class ScreeningController {

  private final Screenings screenings;
  private final AccessPolicy policy;

  ScreeningController(Screenings screenings, AccessPolicy policy) {
    this.screenings = screenings;
    this.policy = policy;
  }

  @PostMapping("/children/{childId}/screenings")
  String start(@PathVariable UUID childId, @RequestParam String tool, CurrentUser user) {
    UUID id = screenings.start(user, childId, tool);
    return "redirect:/screenings/" + id + "/answers";
  }

  @GetMapping("/screenings/{id}/answers")
  String answers(@PathVariable UUID id, CurrentUser user, Model model) {
    ScreeningView s = screenings.open(user, id);
    if (!s.editable() || !s.isAuthor(user.id())) {
      return "redirect:/screenings/" + id;
    }
    AnswersForm form = new AnswersForm();
    form.setAnswers(new HashMap<>(s.answers()));
    form.setVersion(s.version());
    return showAnswers(s, form, List.of(), false, model);
  }

  @PostMapping("/screenings/{id}/answers")
  String saveAnswers(
      @PathVariable UUID id,
      @ModelAttribute("form") AnswersForm form,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    try {
      screenings.save(user, id, form.getVersion(), form.getAnswers());
    } catch (ScreeningChangedException | ObjectOptimisticLockingFailureException changed) {
      return showAnswers(screenings.open(user, id), form, List.of(), true, model);
    }
    ScreeningView s = screenings.open(user, id);
    if (!form.continuing()) {
      redirect.addFlashAttribute("saved", true);
      return "redirect:/screenings/" + id + "/answers";
    }
    if (!s.missing().isEmpty()) {
      form.setVersion(s.version());
      return showAnswers(s, form, s.missing(), false, model);
    }
    return "redirect:/screenings/" + id + "/check";
  }

  @GetMapping("/screenings/{id}/check")
  String check(@PathVariable UUID id, CurrentUser user, Model model) {
    ScreeningView s = screenings.open(user, id);
    if (!s.editable() || !s.isAuthor(user.id())) {
      return "redirect:/screenings/" + id;
    }
    if (!s.missing().isEmpty()) {
      return "redirect:/screenings/" + id + "/answers";
    }
    JudgementForm form = new JudgementForm();
    form.setVersion(s.version());
    return showCheck(s, form, model);
  }

  @PostMapping("/screenings/{id}/submit")
  String submit(
      @PathVariable UUID id,
      @ModelAttribute("judgement") JudgementForm form,
      BindingResult errors,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    ScreeningView s = screenings.open(user, id);
    form.validate(errors, s.explanation().level());
    if (!errors.hasErrors()) {
      try {
        screenings.submit(
            user, id, form.getVersion(), form.judgedLevel(), Texts.clean(form.getReason()));
        redirect.addFlashAttribute("submitted", true);
        return "redirect:/screenings/" + id;
      } catch (IncompleteScreeningException incomplete) {
        return "redirect:/screenings/" + id + "/answers";
      } catch (ScreeningChangedException | ObjectOptimisticLockingFailureException changed) {
        errors.reject("screening.conflict");
      }
    }
    return showCheck(screenings.open(user, id), form, model);
  }

  @GetMapping("/screenings/{id}")
  String view(@PathVariable UUID id, CurrentUser user, Model model) {
    ScreeningView s = screenings.open(user, id);
    SignOffForm form = new SignOffForm();
    form.setVersion(s.version());
    return showView(s, form, user, model);
  }

  @PostMapping("/screenings/{id}/sign-off")
  String signOff(
      @PathVariable UUID id,
      @ModelAttribute("signOff") SignOffForm form,
      BindingResult errors,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    policy.requireRole(user, Permission.SIGN_OFF_SCREENING, RecordRef.of("SCREENING", id));
    form.validate(errors);
    if (!errors.hasErrors()) {
      try {
        screenings.signOff(
            user, id, form.getVersion(), form.agree(), Texts.clean(form.getComments()));
        redirect.addFlashAttribute(form.agree() ? "signedOff" : "returned", true);
        return "redirect:/screenings/" + id;
      } catch (ScreeningChangedException | ObjectOptimisticLockingFailureException changed) {
        errors.reject("signOff.conflict");
        model.addAttribute("conflict", true);
      }
    }
    return showView(screenings.open(user, id), form, user, model);
  }

  private String showAnswers(
      ScreeningView s, AnswersForm form, List<String> missing, boolean conflict, Model model) {
    model.addAttribute("s", s);
    model.addAttribute("form", form);
    model.addAttribute("missing", missing);
    model.addAttribute("answerKinds", Answer.values());
    model.addAttribute("conflict", conflict);
    model.addAttribute("pageHasErrors", !missing.isEmpty() || conflict);
    return "risk/answers";
  }

  private String showCheck(ScreeningView s, JudgementForm form, Model model) {
    model.addAttribute("s", s);
    model.addAttribute("judgement", form);
    model.addAttribute("levels", RiskLevel.values());
    return "risk/check";
  }

  private String showView(ScreeningView s, SignOffForm form, CurrentUser user, Model model) {
    model.addAttribute("s", s);
    model.addAttribute("signOff", form);
    model.addAttribute(
        "maySignOff",
        s.status() == ScreeningStatus.SUBMITTED
            && !s.isAuthor(user.id())
            && policy.roleAllows(user, Permission.SIGN_OFF_SCREENING));
    return "risk/screening";
  }
}
