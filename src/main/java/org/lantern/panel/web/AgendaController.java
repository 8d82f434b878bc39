package org.lantern.panel.web;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.lantern.access.CurrentUser;
import org.lantern.panel.AgendaView;
import org.lantern.panel.MeetingStatus;
import org.lantern.panel.MeetingViews;
import org.lantern.panel.Meetings;
import org.lantern.panel.PanelRuleException;
import org.lantern.platform.RecordNotFoundException;
import org.lantern.platform.Texts;
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
 * A meeting's agenda for the coordinator: build it from the tracker, add or take off a child with a
 * reason, agree it (which publishes the pack).
 */
@Controller
class AgendaController {

  private final Meetings meetings;
  private final MeetingViews views;
  private final MessageSource messages;

  AgendaController(Meetings meetings, MeetingViews views, MessageSource messages) {
    this.meetings = meetings;
    this.views = views;
    this.messages = messages;
  }

  @GetMapping("/panel-meetings/{id}")
  String agenda(@PathVariable UUID id, CurrentUser user, Model model) {
    return show(user, id, ReasonForm.empty(), model);
  }

  @PostMapping("/panel-meetings/{id}/build")
  String build(@PathVariable UUID id, CurrentUser user, RedirectAttributes redirect) {
    try {
      redirect.addFlashAttribute("built", meetings.build(user, id));
    } catch (PanelRuleException refused) {
      redirect.addFlashAttribute("refused", text(refused.messageKey()));
    }
    return "redirect:/panel-meetings/" + id;
  }

  @PostMapping("/panel-meetings/{id}/agree")
  String agree(
      @PathVariable UUID id,
      @RequestParam long version,
      CurrentUser user,
      RedirectAttributes redirect) {
    try {
      meetings.agree(user, id, version);
      redirect.addFlashAttribute("agreed", true);
    } catch (PanelRuleException | ObjectOptimisticLockingFailureException refused) {
      redirect.addFlashAttribute("refused", text("panel.error.changed"));
    }
    return "redirect:/panel-meetings/" + id;
  }

  @PostMapping("/panel-meetings/{id}/add")
  String add(
      @PathVariable UUID id,
      @ModelAttribute("form") ReasonForm form,
      BindingResult errors,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    UUID childId = Texts.uuid(form.childId());
    if (childId == null) {
      errors.rejectValue("childId", "panel.error.chooseChild");
    }
    if (Texts.isBlank(form.reason())) {
      errors.rejectValue("reason", "panel.error.addReason");
    }
    if (!errors.hasErrors()) {
      try {
        meetings.add(
            user, id, Objects.requireNonNull(childId), Objects.requireNonNull(form.reason()));
        redirect.addFlashAttribute("added", true);
        return "redirect:/panel-meetings/" + id;
      } catch (PanelRuleException refused) {
        Rejections.add(errors, refused);
      }
    }
    return show(user, id, form, model);
  }

  @GetMapping("/panel-meetings/{id}/children/{childId}/remove")
  String removeForm(
      @PathVariable UUID id, @PathVariable UUID childId, CurrentUser user, Model model) {
    return removePage(user, id, childId, new ReasonForm(childId.toString(), null), model);
  }

  @PostMapping("/panel-meetings/{id}/children/{childId}/remove")
  String remove(
      @PathVariable UUID id,
      @PathVariable UUID childId,
      @ModelAttribute("form") ReasonForm form,
      BindingResult errors,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    if (Texts.isBlank(form.reason())) {
      errors.rejectValue("reason", "panel.error.removeReason");
    } else {
      try {
        meetings.remove(user, id, childId, Objects.requireNonNull(form.reason()));
        redirect.addFlashAttribute("removed", true);
        return "redirect:/panel-meetings/" + id;
      } catch (PanelRuleException refused) {
        Rejections.add(errors, refused);
      }
    }
    return removePage(user, id, childId, form, model);
  }

  /** For noting (listed with figures, not discussed) or back for discussion. */
  @PostMapping("/panel-meetings/{id}/children/{childId}/noting")
  String noting(
      @PathVariable UUID id,
      @PathVariable UUID childId,
      @RequestParam(defaultValue = "false") boolean noting,
      CurrentUser user,
      RedirectAttributes redirect) {
    try {
      meetings.forNoting(user, id, childId, noting);
      redirect.addFlashAttribute("noted", noting);
    } catch (PanelRuleException refused) {
      redirect.addFlashAttribute("refused", text(refused.messageKey()));
    }
    return "redirect:/panel-meetings/" + id;
  }

  private String text(String key) {
    return messages.getMessage(key, null, Locale.UK);
  }

  private String removePage(CurrentUser user, UUID id, UUID childId, ReasonForm form, Model model) {
    AgendaView agenda = views.agenda(user, id);
    model.addAttribute("meeting", agenda.meeting());
    model.addAttribute(
        "entry",
        agenda.entries().stream()
            .filter(e -> e.childId().equals(childId))
            .findFirst()
            .orElseThrow(() -> new RecordNotFoundException("agenda item", childId)));
    model.addAttribute("form", form);
    return "panel/remove";
  }

  private String show(CurrentUser user, UUID id, ReasonForm form, Model model) {
    AgendaView agenda = views.agenda(user, id);
    model.addAttribute("agenda", agenda);
    model.addAttribute("meeting", agenda.meeting());
    boolean open = agenda.meeting().status().agendaOpen();
    model.addAttribute("agendaOpen", open);
    model.addAttribute("canAgree", agenda.meeting().status() == MeetingStatus.PLANNED);
    model.addAttribute("addable", open ? views.addable(user, id) : List.of());
    model.addAttribute("form", form);
    return "panel/agenda";
  }
}
