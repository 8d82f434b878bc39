package org.lantern.panel;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditLog;
import org.lantern.access.CurrentUser;
import org.lantern.access.Permission;
import org.lantern.panel.data.ActionEntity;
import org.lantern.panel.data.Actions;
import org.lantern.panel.data.AgendaItems;
import org.lantern.panel.data.AttendanceEntity;
import org.lantern.panel.data.Attendances;
import org.lantern.panel.data.MeetingEntity;
import org.lantern.panel.data.PanelEntity;
import org.lantern.panel.data.PresentationEntity;
import org.lantern.panel.data.Presentations;
import org.lantern.people.Children;
import org.lantern.platform.LanternTime;
import org.lantern.platform.RecordNotFoundException;
import org.lantern.risk.RiskLevel;
import org.lantern.risk.RiskLevels;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording a meeting. The coordinator records attendance and, for each child on the agenda, the
 * discussion, decision and actions (the level is the child's current screening level when first
 * recorded; the change is against their previous presentation at this panel). Minutes stay a draft
 * until the panel's chair approves them ({@link MinutesApproval}); then they change only by an
 * amendment. What the pages show is {@link MeetingViews}'.
 */
@Service
public class Minutes {

  private final AgendaItems agenda;
  private final Attendances attendances;
  private final Presentations presentations;
  private final Actions actions;
  private final PanelActions panelActions;
  private final PanelHistory history;
  private final RiskLevels levels;
  private final PanelAccess access;
  private final AuditLog audit;
  private final Clock clock;
  private final Children children;

  Minutes(
      AgendaItems agenda,
      Attendances attendances,
      Presentations presentations,
      Actions actions,
      PanelActions panelActions,
      PanelHistory history,
      RiskLevels levels,
      PanelAccess access,
      AuditLog audit,
      Clock clock,
      Children children) {
    this.children = children;
    this.agenda = agenda;
    this.attendances = attendances;
    this.presentations = presentations;
    this.actions = actions;
    this.panelActions = panelActions;
    this.history = history;
    this.levels = levels;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  /** Whether an agency attended, and who came. */
  public record AttendanceInput(UUID agencyId, boolean attended, @Nullable String names) {}

  /** A form's version for a child with no presentation yet. */
  public static final long NONE = Presentations.NONE;

  /** Records who attended; member agencies not listed are recorded as not attending. */
  @Transactional
  public void recordAttendance(CurrentUser user, UUID meetingId, List<AttendanceInput> inputs) {
    MeetingEntity meeting = access.meeting(user, meetingId, Permission.RUN_PANEL);
    PanelEntity panel = access.panel(meeting);
    audit.record(
        user,
        AuditAction.RUN_PANEL,
        null,
        PanelAccess.meetingRef(meetingId),
        null,
        "record attendance");
    meeting.requireMinutesOpen(today(), "meeting");
    meeting.hold(clock.instant());
    Map<UUID, AttendanceInput> byAgency =
        inputs.stream()
            .collect(Collectors.toMap(AttendanceInput::agencyId, Function.identity(), (a, b) -> b));
    for (UUID agencyId : panel.memberAgencies()) {
      AttendanceInput in = byAgency.get(agencyId);
      boolean came = in != null && in.attended();
      String names = in == null ? null : blankToNull(in.names());
      AttendanceEntity row = new AttendanceEntity(meetingId, agencyId, came, names);
      attendances
          .findById(row.key())
          .ifPresentOrElse(a -> a.record(came, names), () -> attendances.save(row));
    }
  }

  /**
   * Records (or redrafts) a child's presentation, with one new action if {@code action} is not
   * blank and the level the panel agrees ({@code agreed}; null keeps the level as it is: the last
   * screening's when first recorded). A level other than the screening's needs the reason. Refused
   * once the minutes are approved: then only {@link MinutesApproval#amend} changes them; and
   * refused with {@link ObjectOptimisticLockingFailureException} when the presentation is no longer
   * as the person saw it: {@code seenVersion} is its version then, or {@link #NONE} when there was
   * none yet (null: not checked).
   */
  @Transactional
  public UUID recordPresentation(
      CurrentUser user,
      UUID meetingId,
      UUID childId,
      @Nullable Long seenVersion,
      @Nullable String discussion,
      PanelDecision decision,
      @Nullable AgreedLevel agreed,
      NewAction action) {
    MeetingEntity meeting = access.meeting(user, meetingId, Permission.RUN_PANEL);
    presentations.requireSeen(meetingId, childId, seenVersion);
    meeting.requireDraftMinutes("discussion");
    meeting.requireMinutesOpen(today(), "discussion");
    PresentationEntity.checkDiscussion(discussion);
    action.checkUnlessBlank(meeting.meetingOn());
    access.requireChild(
        user,
        Permission.RUN_PANEL,
        childId,
        PanelAccess.meetingRef(meetingId),
        "record panel presentation");
    if (agenda.findByMeetingIdAndChildId(meetingId, childId).filter(i -> !i.removed()).isEmpty()) {
      throw new PanelRuleException("childId", "panel.error.notOnAgenda");
    }
    meeting.hold(clock.instant());
    PresentationEntity p = presentation(user, meeting, childId);
    p.record(blankToNull(discussion), decision, clock.instant());
    if (agreed != null) {
      p.agree(agreed.level(), blankToNull(agreed.reason()), clock.instant());
    }
    panelActions.add(user, meeting, p, action);
    return p.id();
  }

  /** Removes an action from draft minutes. */
  @Transactional
  public void removeAction(CurrentUser user, UUID meetingId, UUID actionId) {
    MeetingEntity meeting = access.meeting(user, meetingId, Permission.RUN_PANEL);
    meeting.requireDraftMinutes("action");
    ActionEntity action =
        actions
            .findById(actionId)
            .filter(a -> a.meetingId().equals(meetingId))
            .orElseThrow(() -> new RecordNotFoundException("panel action", actionId));
    access.requireChild(
        user,
        Permission.RUN_PANEL,
        action.childId(),
        PanelAccess.meetingRef(meetingId),
        "remove panel action");
    actions.delete(action);
  }

  private PresentationEntity presentation(CurrentUser user, MeetingEntity meeting, UUID childId) {
    return presentations
        .findByMeetingIdAndChildId(meeting.id(), childId)
        .orElseGet(
            () -> {
              RiskLevel previous =
                  history.previousTo(meeting, childId).map(PresentationEntity::level).orElse(null);
              return presentations.save(
                  new PresentationEntity(
                      meeting.id(),
                      childId,
                      children.summary(childId).districtId(),
                      levels.of(childId),
                      previous,
                      user.id(),
                      clock.instant()));
            });
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(LanternTime.ZONE));
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
