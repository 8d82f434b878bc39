package org.lantern.panel.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.panel.AgreedLevel;
import org.lantern.panel.MeetingViews;
import org.lantern.panel.Minutes;
import org.lantern.panel.MinutesApproval;
import org.lantern.panel.MinutesView;
import org.lantern.panel.NewAction;
import org.lantern.panel.PanelDecision;
import org.lantern.panel.PanelRuleException;
import org.lantern.panel.PresentationPage;
import org.lantern.platform.DateInput;
import org.lantern.platform.LanternTime;
import org.lantern.platform.Texts;
import org.lantern.risk.RiskLevel;
import org.springframework.context.MessageSource;
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
 * Recording a meeting: attendance, each child's presentation (draft until the chair approves),
 * approval, and amendments after it.
 */
@Controller
class MinutesController {

  private final Minutes minutes;
  private final MinutesApproval approval;
  private final MeetingViews views;
  private final Directory directory;
  private final MessageSource messages;
  private final Clock clock;

  MinutesController(
      Minutes minutes,
      MinutesApproval approval,
      MeetingViews views,
      Directory directory,
      MessageSource messages,
      Clock clock) {
    this.clock = clock;
    this.minutes = minutes;
    this.approval = approval;
    this.views = views;
    this.directory = directory;
    this.messages = messages;
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(LanternTime.ZONE));
  }

  @GetMapping("/panel-meetings/{id}/minutes")
  String minutes(@PathVariable UUID id, CurrentUser user, Model model) {
    MinutesView view = views.minutes(user, id);
    model.addAttribute("minutes", view);
    model.addAttribute("meeting", view.meeting());
    boolean open = view.approved() || view.meeting().minutesOpen(today());
    model.addAttribute("minutesOpen", open);
    model.addAttribute(
        "mayRecord", open && (views.mayRun(user) || (view.approved() && view.viewerChairs())));
    model.addAttribute("mayRun", views.mayRun(user));
    return "panel/minutes";
  }

  @PostMapping("/panel-meetings/{id}/attendance")
  String attendance(
      @PathVariable UUID id,
      @ModelAttribute AttendanceForm form,
      CurrentUser user,
      RedirectAttributes redirect) {
    List<Minutes.AttendanceInput> inputs = new ArrayList<>();
    form.getNames()
        .forEach(
            (agency, names) -> {
              UUID agencyId = Texts.uuid(agency);
              if (agencyId != null) {
                inputs.add(
                    new Minutes.AttendanceInput(
                        agencyId, form.getAttended().contains(agency), Texts.clean(names)));
              }
            });
    try {
      minutes.recordAttendance(user, id, inputs);
      redirect.addFlashAttribute("saved", text("panel.minutes.attendanceSaved"));
    } catch (PanelRuleException refused) {
      redirect.addFlashAttribute("refused", text(refused.messageKey()));
    }
    return "redirect:/panel-meetings/" + id + "/minutes";
  }

  @PostMapping("/panel-meetings/{id}/approve")
  String approve(
      @PathVariable UUID id,
      @RequestParam long version,
      CurrentUser user,
      RedirectAttributes redirect) {
    try {
      approval.approve(user, id, version);
      redirect.addFlashAttribute("saved", text("panel.minutes.approvedBanner"));
    } catch (PanelRuleException refused) {
      redirect.addFlashAttribute("refused", text(refused.messageKey()));
    } catch (ObjectOptimisticLockingFailureException changed) {
      redirect.addFlashAttribute("refused", text("panel.error.changed"));
    }
    return "redirect:/panel-meetings/" + id + "/minutes";
  }

  @GetMapping("/panel-meetings/{id}/children/{childId}")
  String presentationForm(
      @PathVariable UUID id, @PathVariable UUID childId, CurrentUser user, Model model) {
    PresentationPage page = views.presentation(user, id, childId);
    MinutesView.Child child = page.child();
    PresentationForm form = new PresentationForm();
    if (child.presentation() != null) {
      form.setVersion(child.presentation().version());
      form.setDiscussion(child.presentation().discussion());
      form.setDecision(child.presentation().decision().name());
      form.setAgreedLevel(child.presentation().level().name());
      form.setLevelReason(child.presentation().levelReason());
    } else {
      form.setAgreedLevel(child.entry().level().name());
    }
    return presentation(user, page, form, model);
  }

  @PostMapping("/panel-meetings/{id}/children/{childId}")
  String present(
      @PathVariable UUID id,
      @PathVariable UUID childId,
      @ModelAttribute("form") PresentationForm form,
      BindingResult errors,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    PresentationPage page = views.presentation(user, id, childId);
    PanelDecision decision = decision(form.getDecision());
    if (decision == null) {
      errors.rejectValue("decision", "panel.error.decision");
    }
    AgreedLevel agreed = null;
    if (form.getAgreedLevel() != null && !form.getAgreedLevel().isBlank()) {
      RiskLevel level = level(form.getAgreedLevel());
      if (level == null) {
        errors.rejectValue("agreedLevel", "panel.error.level");
      } else {
        agreed = new AgreedLevel(level, Texts.clean(form.getLevelReason()));
      }
    }
    LocalDate due = null;
    switch (form.getActionDue().parse()) {
      case DateInput.Valid v -> due = v.date();
      case DateInput.Invalid i -> errors.rejectValue("actionDue", "panel.error.actionDueInvalid");
      case DateInput.Empty e -> {}
    }
    if (!errors.hasErrors() && decision != null) {
      NewAction action =
          new NewAction(
              Texts.clean(form.getActionDescription()),
              Texts.uuid(form.getActionOwner()),
              Texts.clean(form.getActionOwnerName()),
              Texts.uuid(form.getActionAgency()),
              due);
      try {
        if (page.approved()) {
          approval.amend(
              user,
              id,
              childId,
              form.getVersion(),
              Texts.clean(form.getDiscussion()),
              decision,
              agreed == null ? null : agreed.level(),
              action,
              Texts.clean(form.getReason()));
        } else {
          minutes.recordPresentation(
              user,
              id,
              childId,
              form.getVersion(),
              Texts.clean(form.getDiscussion()),
              decision,
              agreed,
              action);
        }
        redirect.addFlashAttribute(
            "saved", text("panel.minutes.childSaved", page.child().entry().childName()));
        return "redirect:/panel-meetings/" + id + "/minutes";
      } catch (PanelRuleException refused) {
        Rejections.add(errors, refused);
      } catch (ObjectOptimisticLockingFailureException changed) {
        errors.reject("panel.error.changed");
        PresentationPage now = views.presentation(user, id, childId);
        MinutesView.Presentation latest = now.child().presentation();
        form.setVersion(latest == null ? Minutes.NONE : latest.version());
        return presentation(user, now, form, model);
      }
    }
    return presentation(user, page, form, model);
  }

  @PostMapping("/panel-meetings/{id}/actions/{actionId}/remove")
  String removeAction(
      @PathVariable UUID id,
      @PathVariable UUID actionId,
      @RequestParam UUID childId,
      CurrentUser user,
      RedirectAttributes redirect) {
    try {
      minutes.removeAction(user, id, actionId);
    } catch (PanelRuleException refused) {
      redirect.addFlashAttribute("refused", text(refused.messageKey()));
    }
    return "redirect:/panel-meetings/" + id + "/children/" + childId;
  }

  private String presentation(
      CurrentUser user, PresentationPage page, PresentationForm form, Model model) {
    model.addAttribute("page", page);
    model.addAttribute("meeting", page.meeting());
    model.addAttribute("child", page.child());
    model.addAttribute("form", form);
    model.addAttribute("decisions", PanelDecision.values());
    model.addAttribute("levels", RiskLevel.values());
    model.addAttribute("owners", directory.referrers(user.partnershipId()));
    model.addAttribute("agencies", directory.agencies(user.partnershipId()));
    return "panel/presentation";
  }

  /** A level of the screening tool's scale by name, or null for anything else. */
  private static @Nullable RiskLevel level(String name) {
    for (RiskLevel l : RiskLevel.values()) {
      if (l.name().equals(name)) {
        return l;
      }
    }
    return null;
  }

  private static @Nullable PanelDecision decision(@Nullable String name) {
    for (PanelDecision d : PanelDecision.values()) {
      if (d.name().equals(name)) {
        return d;
      }
    }
    return null;
  }

  private String text(String key, Object... arguments) {
    return messages.getMessage(key, arguments, Locale.UK);
  }
}
