package org.lantern.panel;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccessPolicy;
import org.lantern.access.AgencyView;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditLog;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.access.Permission;
import org.lantern.access.RecordRef;
import org.lantern.access.UserView;
import org.lantern.panel.data.ActionEntity;
import org.lantern.panel.data.Actions;
import org.lantern.panel.data.AgendaItemEntity;
import org.lantern.panel.data.AgendaItems;
import org.lantern.panel.data.AmendmentEntity;
import org.lantern.panel.data.Amendments;
import org.lantern.panel.data.AttendanceEntity;
import org.lantern.panel.data.Attendances;
import org.lantern.panel.data.MeetingEntity;
import org.lantern.panel.data.PanelEntity;
import org.lantern.panel.data.PanelRecords;
import org.lantern.panel.data.PresentationEntity;
import org.lantern.panel.data.Presentations;
import org.lantern.platform.LanternTime;
import org.lantern.risk.RiskLevel;
import org.lantern.risk.RiskLevels;
import org.springframework.context.MessageSource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording a meeting. The coordinator records attendance and, for each child on the agenda, the
 * discussion, decision and actions (the level is the child's current screening level when first
 * recorded; the change is against their previous presentation at this panel). Minutes stay a draft
 * until the panel's chair approves them; then they are on each child's chronology and change only
 * by an amendment, which keeps who, when, why and what changed. Approval runs the escalation rule.
 */
@Service
public class Minutes {

  private final Meetings meetings;
  private final PanelRecords panels;
  private final AgendaItems agenda;
  private final Attendances attendances;
  private final Presentations presentations;
  private final Actions actions;
  private final Amendments amendments;
  private final PanelHistory history;
  private final EscalationReview escalations;
  private final RiskLevels levels;
  private final Directory directory;
  private final PanelAccess access;
  private final AccessPolicy policy;
  private final AuditLog audit;
  private final MessageSource messages;
  private final Clock clock;

  Minutes(
      Meetings meetings,
      PanelRecords panels,
      AgendaItems agenda,
      Attendances attendances,
      Presentations presentations,
      Actions actions,
      Amendments amendments,
      PanelHistory history,
      EscalationReview escalations,
      RiskLevels levels,
      Directory directory,
      PanelAccess access,
      AccessPolicy policy,
      AuditLog audit,
      MessageSource messages,
      Clock clock) {
    this.policy = policy;
    this.audit = audit;
    this.meetings = meetings;
    this.panels = panels;
    this.agenda = agenda;
    this.attendances = attendances;
    this.presentations = presentations;
    this.actions = actions;
    this.amendments = amendments;
    this.history = history;
    this.escalations = escalations;
    this.levels = levels;
    this.directory = directory;
    this.access = access;
    this.messages = messages;
    this.clock = clock;
  }

  /** Whether this person writes minutes (the coordinator). */
  public boolean mayRun(CurrentUser user) {
    return policy.roleAllows(user, Permission.RUN_PANEL);
  }

  /** Whether an agency attended, and who came. */
  public record AttendanceInput(UUID agencyId, boolean attended, @Nullable String names) {}

  /** The minutes, for the coordinator or the panel's chair; each child shown is audited. */
  @Transactional
  public MinutesView minutes(CurrentUser user, UUID meetingId) {
    MeetingEntity meeting = meetings.meeting(user, meetingId, access.minutesRole(user));
    PanelEntity panel = panel(meeting);
    Permission as = access.minutesWriter(user, panel, meetingId);
    List<AgendaItemEntity> items =
        agenda.findByMeetingIdOrderByAddedAtAscIdAsc(meetingId).stream()
            .filter(i -> !i.removed())
            .toList();
    for (AgendaItemEntity i : items) {
      access.requireChild(
          user, as, i.childId(), RecordRef.of("PANEL_MEETING", meetingId), "panel minutes");
    }
    Map<UUID, AgencyView> agencies = agencies(user);
    Map<UUID, AttendanceEntity> attended =
        attendances.forMeeting(meetingId).stream()
            .collect(Collectors.toMap(AttendanceEntity::agencyId, Function.identity()));
    List<MinutesView.Attendance> attendance = new ArrayList<>();
    for (UUID agencyId : panel.memberAgencies()) {
      AttendanceEntity a = attended.get(agencyId);
      AgencyView agency = agencies.get(agencyId);
      attendance.add(
          new MinutesView.Attendance(
              agencyId,
              agency == null ? "" : agency.name(),
              a != null && a.attended(),
              a == null ? null : a.names()));
    }
    attendance.sort(java.util.Comparator.comparing(MinutesView.Attendance::agencyName));
    Map<UUID, PresentationEntity> shown =
        presentations.findByMeetingId(meetingId).stream()
            .collect(Collectors.toMap(PresentationEntity::childId, Function.identity()));
    List<ActionEntity> meetingActions = actions.findByMeetingId(meetingId);
    List<MinutesView.Child> children = new ArrayList<>();
    for (AgendaEntry entry : meetings.entries(items, meeting.meetingOn())) {
      PresentationEntity p = shown.get(entry.childId());
      children.add(
          new MinutesView.Child(
              entry,
              p == null
                  ? null
                  : presentation(
                      p,
                      meetingActions.stream()
                          .filter(a -> a.presentationId().equals(p.id()))
                          .toList(),
                      agencies)));
    }
    Map<UUID, UserView> people =
        directory.users(
            java.util.stream.Stream.concat(
                    java.util.stream.Stream.ofNullable(meeting.approvedByUserId()),
                    amendments.findByMeetingIdOrderByAmendedAtAsc(meetingId).stream()
                        .map(AmendmentEntity::amendedByUserId))
                .distinct()
                .toList());
    Map<UUID, String> names =
        children.stream()
            .collect(
                Collectors.toMap(
                    c -> c.entry().childId(), c -> c.entry().childName(), (a, b) -> a));
    return new MinutesView(
        meetings.summaries(user, List.of(meeting)).getFirst(),
        panel.chairUserId() == null
            ? null
            : directory.user(panel.chairUserId()).map(UserView::displayName).orElse(null),
        PanelAccess.chairs(user, panel),
        attendance,
        children,
        meetings.invitees(items.stream().map(AgendaItemEntity::childId).toList()),
        meeting.approvedByUserId() == null
            ? null
            : displayName(people.get(meeting.approvedByUserId())),
        meeting.approvedAt(),
        amendments.findByMeetingIdOrderByAmendedAtAsc(meetingId).stream()
            .map(
                a ->
                    new MinutesView.Amendment(
                        a.amendedAt(),
                        displayName(people.get(a.amendedByUserId())),
                        a.childId() == null ? null : names.get(a.childId()),
                        a.reason(),
                        a.changes()))
            .toList());
  }

  /** Records who attended; member agencies not listed are recorded as not attending. */
  @Transactional
  public void recordAttendance(CurrentUser user, UUID meetingId, List<AttendanceInput> inputs) {
    MeetingEntity meeting = meetings.meeting(user, meetingId, Permission.RUN_PANEL);
    PanelEntity panel = panel(meeting);
    audit.record(
        user,
        AuditAction.RUN_PANEL,
        null,
        PanelAccess.meetingRef(meetingId),
        null,
        "record attendance");
    meeting.hold(clock.instant());
    Map<UUID, AttendanceInput> byAgency =
        inputs.stream()
            .collect(Collectors.toMap(AttendanceInput::agencyId, Function.identity(), (a, b) -> b));
    for (UUID agencyId : panel.memberAgencies()) {
      AttendanceInput in = byAgency.get(agencyId);
      boolean came = in != null && in.attended();
      String names = in == null || in.names() == null || in.names().isBlank() ? null : in.names();
      if (names != null && names.length() > 500) {
        throw new PanelRuleException("names", "panel.error.attendanceNames");
      }
      attendances
          .findById(new AttendanceEntity(meetingId, agencyId, came, names).key())
          .ifPresentOrElse(
              a -> a.record(came, names),
              () -> attendances.save(new AttendanceEntity(meetingId, agencyId, came, names)));
    }
  }

  /**
   * Records (or redrafts) a child's presentation, with one new action if {@code action} is not
   * blank. Refused once the minutes are approved: then only {@link #amend} changes them.
   */
  @Transactional
  public UUID recordPresentation(
      CurrentUser user,
      UUID meetingId,
      UUID childId,
      @Nullable String discussion,
      PanelDecision decision,
      NewAction action) {
    return recordPresentation(user, meetingId, childId, null, discussion, decision, action);
  }

  /**
   * As above, refused with {@link ObjectOptimisticLockingFailureException} when the presentation is
   * no longer as the person saw it: {@code seenVersion} is its version then, or {@link #NONE} when
   * there was none yet.
   */
  @Transactional
  public UUID recordPresentation(
      CurrentUser user,
      UUID meetingId,
      UUID childId,
      @Nullable Long seenVersion,
      @Nullable String discussion,
      PanelDecision decision,
      NewAction action) {
    MeetingEntity meeting = meetings.meeting(user, meetingId, Permission.RUN_PANEL);
    checkSeen(meetingId, childId, seenVersion);
    if (meeting.status() == MeetingStatus.MINUTES_APPROVED) {
      throw new PanelRuleException("discussion", "panel.error.minutesApproved");
    }
    checkDiscussion(discussion);
    if (!action.isBlank()) {
      action.check(meeting.meetingOn());
    }
    access.requireChild(
        user,
        Permission.RUN_PANEL,
        childId,
        RecordRef.of("PANEL_MEETING", meetingId),
        "record panel presentation");
    requireOnAgenda(meetingId, childId);
    meeting.hold(clock.instant());
    PresentationEntity p = presentation(user, meeting, childId);
    p.record(blankToNull(discussion), decision, clock.instant());
    if (!action.isBlank()) {
      addAction(user, meeting, p, action);
    }
    return p.id();
  }

  /** Removes an action from draft minutes. */
  @Transactional
  public void removeAction(CurrentUser user, UUID meetingId, UUID actionId) {
    MeetingEntity meeting = meetings.meeting(user, meetingId, Permission.RUN_PANEL);
    if (meeting.status() == MeetingStatus.MINUTES_APPROVED) {
      throw new PanelRuleException("action", "panel.error.minutesApproved");
    }
    ActionEntity action =
        actions
            .findById(actionId)
            .filter(a -> a.meetingId().equals(meetingId))
            .orElseThrow(
                () -> new org.lantern.platform.RecordNotFoundException("panel action", actionId));
    access.requireChild(
        user,
        Permission.RUN_PANEL,
        action.childId(),
        RecordRef.of("PANEL_MEETING", meetingId),
        "remove panel action");
    actions.delete(action);
  }

  /**
   * The chair approves the minutes: every child on the agenda must have a presentation. The next
   * meeting date moves on by the panel's interval, and the escalation rule runs for each child.
   */
  @Transactional
  public void approve(CurrentUser user, UUID meetingId, long version) {
    MeetingEntity meeting = meetings.meeting(user, meetingId, Permission.APPROVE_PANEL_MINUTES);
    PanelEntity panel = panel(meeting);
    access.requireChair(user, panel, meetingId);
    if (meeting.version() != version) {
      throw new ObjectOptimisticLockingFailureException(MeetingEntity.class, meetingId);
    }
    List<AgendaItemEntity> items =
        agenda.findByMeetingIdOrderByAddedAtAscIdAsc(meetingId).stream()
            .filter(i -> !i.removed())
            .toList();
    Map<UUID, PresentationEntity> shown =
        presentations.findByMeetingId(meetingId).stream()
            .collect(Collectors.toMap(PresentationEntity::childId, Function.identity()));
    if (items.stream().anyMatch(i -> !shown.containsKey(i.childId()))) {
      throw new PanelRuleException("meeting", "panel.error.minutesIncomplete");
    }
    for (AgendaItemEntity i : items) {
      access.requireChild(
          user,
          Permission.APPROVE_PANEL_MINUTES,
          i.childId(),
          RecordRef.of("PANEL_MEETING", meetingId),
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
   * Changes approved minutes for one child: the discussion, the decision and (optionally) a new
   * action, with the reason; what changed is written down beside it.
   */
  @Transactional
  public void amend(
      CurrentUser user,
      UUID meetingId,
      UUID childId,
      @Nullable String discussion,
      PanelDecision decision,
      NewAction action,
      @Nullable String reason) {
    amend(user, meetingId, childId, null, discussion, decision, action, reason);
  }

  /** As above, refused when the presentation changed since {@code seenVersion}. */
  @Transactional
  public void amend(
      CurrentUser user,
      UUID meetingId,
      UUID childId,
      @Nullable Long seenVersion,
      @Nullable String discussion,
      PanelDecision decision,
      NewAction action,
      @Nullable String reason) {
    MeetingEntity meeting = meetings.meeting(user, meetingId, access.minutesRole(user));
    PanelEntity panel = panel(meeting);
    Permission writer = access.minutesWriter(user, panel, meetingId);
    checkSeen(meetingId, childId, seenVersion);
    if (meeting.status() != MeetingStatus.MINUTES_APPROVED) {
      throw new PanelRuleException("reason", "panel.error.notApproved");
    }
    if (reason == null || reason.isBlank()) {
      throw new PanelRuleException("reason", "panel.error.amendReason");
    }
    if (reason.length() > 2000) {
      throw new PanelRuleException("reason", "panel.error.amendReasonLength");
    }
    checkDiscussion(discussion);
    if (!action.isBlank()) {
      action.check(meeting.meetingOn());
    }
    access.requireChild(
        user,
        writer,
        childId,
        RecordRef.of("PANEL_MEETING", meetingId),
        "amend panel minutes: " + reason.strip());
    PresentationEntity p =
        presentations
            .findByMeetingIdAndChildId(meetingId, childId)
            .orElseThrow(() -> new PanelRuleException("reason", "panel.error.notPresented"));
    List<String> changes = new ArrayList<>();
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
    if (!action.isBlank()) {
      addAction(user, meeting, p, action);
    }
    amendments.save(
        new AmendmentEntity(
            meetingId,
            childId,
            user.id(),
            clock.instant(),
            reason.strip(),
            String.join("; ", changes)));
    meeting.touch(clock.instant());
  }

  private void addAction(
      CurrentUser user, MeetingEntity meeting, PresentationEntity p, NewAction action) {
    UUID agency = action.agencyId();
    String ownerName = blankToNull(action.ownerName());
    if (action.ownerUserId() != null) {
      UserView owner =
          directory
              .user(action.ownerUserId())
              .filter(u -> agencies(user).containsKey(u.agencyId()))
              .orElseThrow(() -> new PanelRuleException("actionOwner", "panel.error.actionOwner"));
      agency = agency == null ? owner.agencyId() : agency;
      ownerName = null;
    }
    if (agency != null && !agencies(user).containsKey(agency)) {
      throw new PanelRuleException("actionAgency", "panel.error.agency");
    }
    if (ownerName != null && ownerName.length() > 200) {
      throw new PanelRuleException("actionOwner", "panel.error.actionOwnerLength");
    }
    presentations.flush();
    actions.save(
        new ActionEntity(
            p.id(),
            meeting.id(),
            p.childId(),
            Objects.requireNonNull(action.description()).strip(),
            action.ownerUserId(),
            ownerName,
            agency,
            Objects.requireNonNull(action.dueOn()),
            clock.instant()));
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
                      levels.of(childId),
                      previous,
                      user.id(),
                      clock.instant()));
            });
  }

  MinutesView.Presentation presentation(
      PresentationEntity p, List<ActionEntity> list, Map<UUID, AgencyView> agencies) {
    return new MinutesView.Presentation(
        p.id(),
        p.level(),
        p.previousLevel(),
        LevelChange.between(p.previousLevel(), p.level()),
        p.discussion(),
        p.decision(),
        actionViews(list, agencies),
        p.version());
  }

  List<MinutesView.Action> actionViews(List<ActionEntity> list, Map<UUID, AgencyView> agencies) {
    Map<UUID, UserView> owners =
        directory.users(
            list.stream().map(ActionEntity::ownerUserId).filter(Objects::nonNull).toList());
    LocalDate today = LocalDate.now(clock.withZone(LanternTime.ZONE));
    return list.stream()
        .sorted(java.util.Comparator.comparing(ActionEntity::dueOn))
        .map(
            a ->
                new MinutesView.Action(
                    a.id(),
                    a.childId(),
                    a.description(),
                    a.ownerUserId(),
                    a.ownerUserId() == null
                        ? Objects.requireNonNullElse(a.ownerName(), "")
                        : displayName(owners.get(a.ownerUserId())),
                    a.agencyId() == null || !agencies.containsKey(a.agencyId())
                        ? null
                        : agencies.get(a.agencyId()).name(),
                    a.dueOn(),
                    a.status(),
                    a.status() == ActionStatus.OPEN && a.dueOn().isBefore(today),
                    a.version()))
        .toList();
  }

  Map<UUID, AgencyView> agencies(CurrentUser user) {
    return directory.agencies(user.partnershipId()).stream()
        .collect(Collectors.toMap(AgencyView::id, Function.identity()));
  }

  /** A form's version for a child with no presentation yet. */
  public static final long NONE = -1;

  private void checkSeen(UUID meetingId, UUID childId, @Nullable Long seenVersion) {
    if (seenVersion == null) {
      return;
    }
    long now =
        presentations
            .findByMeetingIdAndChildId(meetingId, childId)
            .map(PresentationEntity::version)
            .orElse(NONE);
    if (now != seenVersion) {
      throw new ObjectOptimisticLockingFailureException(PresentationEntity.class, childId);
    }
  }

  private void requireOnAgenda(UUID meetingId, UUID childId) {
    if (agenda.findByMeetingIdAndChildId(meetingId, childId).filter(i -> !i.removed()).isEmpty()) {
      throw new PanelRuleException("childId", "panel.error.notOnAgenda");
    }
  }

  private PanelEntity panel(MeetingEntity meeting) {
    return panels.findById(meeting.panelId()).orElseThrow();
  }

  private static void checkDiscussion(@Nullable String discussion) {
    if (discussion != null && discussion.length() > 10000) {
      throw new PanelRuleException("discussion", "panel.error.discussionLength");
    }
  }

  private String message(String key, Object... arguments) {
    return messages.getMessage(key, arguments, Locale.UK);
  }

  private static String displayName(@Nullable UserView user) {
    return user == null ? "" : user.displayName();
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
