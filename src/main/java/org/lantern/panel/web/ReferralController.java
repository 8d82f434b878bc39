package org.lantern.panel.web;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.panel.DirectReferrals;
import org.lantern.panel.PanelRuleException;
import org.lantern.platform.RecordNotFoundException;
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
 * The coordinator records a partner's referral of a child straight to panel, then accepts it onto
 * the next agenda of the panel of the child's district, or declines it with a reason.
 */
@Controller
class ReferralController {

  /** The session attribute holding a referral being typed while its child is chosen again. */
  static final String DRAFT = ReferralController.class.getName() + ".draft";

  /** What one person had typed, kept only for them. */
  record Draft(UUID userId, ReferralForm form) implements Serializable {}

  private final DirectReferrals referrals;
  private final Directory directory;
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private final MessageSource messages;

  ReferralController(DirectReferrals referrals, Directory directory, MessageSource messages) {
    this.referrals = referrals;
    this.directory = directory;
    this.messages = messages;
  }

  /**
   * The form; {@code childId} chooses a child who may not be on the tracker (never screened). What
   * was typed before "Choose a different child" comes back with the child now chosen.
   */
  @GetMapping("/panel-referrals/new")
  String form(
      @RequestParam(required = false) @Nullable UUID childId,
      CurrentUser user,
      HttpSession session,
      Model model) {
    String chosen = childId == null ? null : childId.toString();
    ReferralForm form = new ReferralForm(chosen, null, null, null, null);
    if (session.getAttribute(DRAFT) instanceof Draft draft) {
      session.removeAttribute(DRAFT);
      if (draft.userId().equals(user.id())) {
        ReferralForm typed = draft.form();
        form =
            new ReferralForm(
                chosen,
                typed.agencyId(),
                typed.referrerName(),
                typed.reason(),
                typed.partnerLevel());
      }
    }
    return show(user, form, model);
  }

  @PostMapping("/panel-referrals")
  String record(
      @ModelAttribute("form") ReferralForm form,
      BindingResult errors,
      @RequestParam(required = false) @Nullable String chooseChild,
      CurrentUser user,
      HttpSession session,
      Model model,
      RedirectAttributes redirect) {
    if (chooseChild != null) {
      // what is typed waits in this session (never in a URL) while the person finds the child
      referrals.requireRecorder(user);
      session.setAttribute(DRAFT, new Draft(user.id(), form));
      return "redirect:/children/find?for=panel";
    }
    try {
      referrals.record(
          user,
          Texts.uuid(form.childId()),
          Texts.uuid(form.agencyId()),
          Texts.clean(form.referrerName()),
          Texts.clean(form.reason()),
          partnerLevel(form.partnerLevel()));
    } catch (PanelRuleException refused) {
      Rejections.add(errors, refused);
      return show(user, form, model);
    }
    redirect.addFlashAttribute("referred", true);
    return "redirect:/panel-referrals";
  }

  /** The referrals received and waiting for the coordinator's decision. */
  @GetMapping("/panel-referrals")
  String received(CurrentUser user, Model model) {
    model.addAttribute("referrals", referrals.received(user));
    return "panel/referrals";
  }

  @PostMapping("/panel-referrals/{id}/accept")
  String accept(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "-1") long version,
      CurrentUser user,
      RedirectAttributes redirect) {
    try {
      DirectReferrals.Accepted done = referrals.accept(user, id, version);
      redirect.addFlashAttribute(
          "accepted",
          done.meetingOn() == null
              ? text("panel.referrals.acceptedNext")
              : text("panel.referrals.acceptedOn", DATE.format(done.meetingOn())));
    } catch (PanelRuleException refused) {
      redirect.addFlashAttribute("refused", text(refused.messageKey()));
    } catch (ObjectOptimisticLockingFailureException changed) {
      redirect.addFlashAttribute("refused", text("panel.error.changed"));
    }
    return "redirect:/panel-referrals";
  }

  @GetMapping("/panel-referrals/{id}/decline")
  String declineForm(@PathVariable UUID id, CurrentUser user, Model model) {
    DirectReferrals.Received referral = find(user, id);
    return decline(referral, ReasonForm.empty(), model);
  }

  @PostMapping("/panel-referrals/{id}/decline")
  String decline(
      @PathVariable UUID id,
      @ModelAttribute("form") ReasonForm form,
      BindingResult errors,
      @RequestParam(defaultValue = "-1") long version,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    try {
      referrals.decline(user, id, Texts.clean(form.reason()), version);
      redirect.addFlashAttribute("accepted", text("panel.referrals.declined"));
      return "redirect:/panel-referrals";
    } catch (PanelRuleException refused) {
      Rejections.add(errors, refused);
    } catch (ObjectOptimisticLockingFailureException changed) {
      errors.reject("panel.error.changed");
    }
    return decline(find(user, id), form, model);
  }

  private String decline(DirectReferrals.Received referral, ReasonForm form, Model model) {
    model.addAttribute("referral", referral);
    model.addAttribute("form", form);
    return "panel/referral-decline";
  }

  /** A referral still waiting for a decision (one decided, or another's, is not found). */
  private DirectReferrals.Received find(CurrentUser user, UUID id) {
    return referrals.received(user).stream()
        .filter(r -> r.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new RecordNotFoundException("panel referral", id));
  }

  private String text(String key, Object... arguments) {
    return messages.getMessage(key, arguments, Locale.UK);
  }

  private static @Nullable RiskLevel partnerLevel(@Nullable String given) {
    return DirectReferrals.PARTNER_LEVELS.stream()
        .filter(l -> l.name().equals(given))
        .findFirst()
        .orElse(null);
  }

  private String show(CurrentUser user, ReferralForm form, Model model) {
    referrals.requireRecorder(user);
    model.addAttribute("levels", DirectReferrals.PARTNER_LEVELS);
    UUID chosen = Texts.uuid(form.childId());
    model.addAttribute("chosen", chosen == null ? null : referrals.chosen(user, chosen));
    model.addAttribute("form", form);
    model.addAttribute("agencies", directory.agencies(user.partnershipId()));
    return "panel/referral";
  }
}
