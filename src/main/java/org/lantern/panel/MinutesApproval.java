package org.lantern.panel;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.lantern.access.CurrentUser;
import org.lantern.access.Permission;
import org.lantern.panel.data.AgendaItemEntity;
import org.lantern.panel.data.AgendaItems;
import org.lantern.panel.data.AmendmentEntity;
import org.lantern.panel.data.Amendments;
import org.lantern.panel.data.MeetingEntity;
import org.lantern.panel.data.PanelEntity;
import org.lantern.panel.data.PresentationEntity;
import org.lantern.panel.data.Presentations;
import org.lantern.risk.RiskLevel;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Minutes after the meeting: the panel's chair approves them, which puts them on each child's
 * chronology, moves the panel's next date on and runs the escalation rule; after that they change
 * only by an amendment, which keeps who, when, why and what changed.
 */
@Service
public class MinutesApproval {

  private final AgendaItems agenda;
  private final Presentations presentations;
  private final Amendments amendments;
  private final PanelActions panelActions;
  private final EscalationReview escalations;
  private final PanelAccess access;
  private final MessageSource messages;
  private final Clock clock;

  MinutesApproval(
      AgendaItems agenda,
      Presentations presentations,
      Amendments amendments,
      PanelActions panelActions,
      EscalationReview escalations,
      PanelAccess access,
      MessageSource messages,
      Clock clock) {
    this.agenda = agenda;
    this.presentations = presentations;
    this.amendments = amendments;
    this.panelActions = panelActions;
    this.escalations = escalations;
    this.access = access;
    this.messages = messages;
    this.clock = clock;
  }

  /**
   * The chair approves the minutes: every child on the agenda for discussion must have a
   * presentation (a child for noting is recorded as noted, and may have one). The next meeting date
   * moves on by the panel's interval, and the escalation rule runs for each child.
   */
  @Transactional
  public void approve(CurrentUser user, UUID meetingId, long version) {
    MeetingEntity meeting = access.meeting(user, meetingId, Permission.APPROVE_PANEL_MINUTES);
    PanelEntity panel = access.panel(meeting);
    access.requireChair(user, panel, meetingId);
    meeting.requireVersion(version);
    List<AgendaItemEntity> items =
        agenda.findByMeetingIdOrderByAddedAtAscIdAsc(meetingId).stream()
            .filter(i -> !i.removed())
            .toList();
    Set<UUID> shown =
        presentations.findByMeetingId(meetingId).stream()
            .map(PresentationEntity::childId)
            .collect(Collectors.toSet());
    if (items.stream().anyMatch(i -> !i.forNoting() && !shown.contains(i.childId()))) {
      throw new PanelRuleException("meeting", "panel.error.minutesIncomplete");
    }
    for (AgendaItemEntity i : items) {
      access.requireChild(
          user,
          Permission.APPROVE_PANEL_MINUTES,
          i.childId(),
          PanelAccess.meetingRef(meetingId),
          "approve panel minutes");
    }
    meeting.approve(user.id(), clock.instant());
    panel.scheduleAfter(meeting.meetingOn(), clock.instant());
    presentations.flush();
    for (AgendaItemEntity i : items) {
      escalations.evaluate(panel, i.childId());
    }
  }

  /**
   * Changes approved minutes for one child: the discussion, the decision, the level the panel
   * agreed ({@code agreedLevel}; null keeps it) and (optionally) a new action, with the reason;
   * what changed is written down beside it. A level changed by an amendment is the panel's level
   * from then on, with the amendment's reason as the reason it differs from the screening; the
   * escalation rule runs again for the child (it may open an escalation, never withdraws one).
   * Refused when the presentation changed since {@code seenVersion} (null: not checked).
   */
  @Transactional
  public void amend(
      CurrentUser user,
      UUID meetingId,
      UUID childId,
      @Nullable Long seenVersion,
      @Nullable String discussion,
      PanelDecision decision,
      @Nullable RiskLevel agreedLevel,
      NewAction action,
      @Nullable String reason) {
    MeetingEntity meeting = access.meeting(user, meetingId, access.minutesRole(user));
    Permission writer = access.minutesWriter(user, access.panel(meeting), meetingId);
    presentations.requireSeen(meetingId, childId, seenVersion);
    meeting.requireApprovedMinutes();
    String why = AmendmentEntity.checkReason(reason);
    PresentationEntity.checkDiscussion(discussion);
    action.checkUnlessBlank(meeting.meetingOn());
    access.requireChild(
        user, writer, childId, PanelAccess.meetingRef(meetingId), "amend panel minutes: " + why);
    PresentationEntity p =
        presentations
            .findByMeetingIdAndChildId(meetingId, childId)
            .orElseThrow(() -> new PanelRuleException("reason", "panel.error.notPresented"));
    List<String> changes = new ArrayList<>();
    boolean levelChanged = agreedLevel != null && agreedLevel != p.level();
    if (levelChanged) {
      changes.add(
          message(
              "panel.amendment.level",
              message(p.level().messageKey()),
              message(agreedLevel.messageKey())));
    }
    if (p.decision() != decision) {
      changes.add(
          message(
              "panel.amendment.decision",
              message(p.decision().messageKey()),
              message(decision.messageKey())));
    }
    if (!Objects.equals(p.discussion(), blankToNull(discussion))) {
      changes.add(message("panel.amendment.discussion"));
    }
    if (!action.isBlank()) {
      changes.add(message("panel.amendment.action", Objects.requireNonNull(action.description())));
    }
    if (changes.isEmpty()) {
      throw new PanelRuleException("reason", "panel.error.amendNothing");
    }
    p.record(blankToNull(discussion), decision, clock.instant());
    if (levelChanged) {
      p.agree(agreedLevel, why, clock.instant());
    }
    panelActions.add(user, meeting, p, action);
    amendments.save(
        new AmendmentEntity(
            meetingId, childId, user.id(), clock.instant(), why, String.join("; ", changes)));
    meeting.touch(clock.instant());
    if (levelChanged) {
      presentations.flush();
      escalations.evaluate(access.panel(meeting), childId);
    }
  }

  private String message(String key, Object... arguments) {
    return messages.getMessage(key, arguments, Locale.UK);
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
