package org.lantern.strategy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccessPolicy;
import org.lantern.access.AgencyView;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.access.Permission;
import org.lantern.access.RecordRef;
import org.lantern.access.UserView;
import org.lantern.people.Children;
import org.lantern.platform.FieldProblems;
import org.lantern.platform.FieldRuleException;
import org.lantern.platform.LanternTime;
import org.lantern.platform.RecordNotFoundException;
import org.lantern.platform.WorkingDays;
import org.lantern.strategy.data.MeetingAction;
import org.lantern.strategy.data.Participant;
import org.lantern.strategy.data.StrategyMeetingEntity;
import org.lantern.strategy.data.StrategyMeetings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starting strategy discussions and risk-management meetings, and recording them as held. Each rule
 * refuses by the form field it belongs to ({@link StrategyRuleException}) and nothing is saved; a
 * meeting changed by someone else since it was opened is refused with {@link
 * MeetingChangedException}.
 */
@Service
public class ChildMeetings {

  static final String RECORD = "STRATEGY_MEETING";

  private final StrategyMeetings meetings;
  private final AccessPolicy policy;
  private final Children children;
  private final Directory directory;
  private final WorkingDays workingDays;
  private final StrategySettings settings;
  private final Clock clock;

  ChildMeetings(
      StrategyMeetings meetings,
      AccessPolicy policy,
      Children children,
      Directory directory,
      WorkingDays workingDays,
      StrategySettings settings,
      Clock clock) {
    this.meetings = meetings;
    this.policy = policy;
    this.children = children;
    this.directory = directory;
    this.workingDays = workingDays;
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * Starts a meeting about a child (and any siblings with it), now: due within the configured
   * working days of today.
   */
  @Transactional
  public UUID start(CurrentUser user, MeetingKind kind, List<UUID> childIds) {
    if (childIds.isEmpty()) {
      throw new StrategyRuleException("children", "strategy.meeting.children.required");
    }
    for (UUID childId : childIds) {
      policy.require(
          user,
          Permission.RECORD_MEETINGS,
          children.ref(childId),
          RecordRef.child(childId),
          "start a " + kind.name().toLowerCase().replace('_', ' '));
    }
    return begin(user.partnershipId(), kind, childIds, null, clock.instant(), user.id());
  }

  /** Checks the person may start a meeting about the child (audited either way). */
  @Transactional
  public void mayStart(CurrentUser user, UUID childId) {
    policy.require(
        user,
        Permission.RECORD_MEETINGS,
        children.ref(childId),
        RecordRef.child(childId),
        "start a meeting");
  }

  /**
   * Starts the strategy discussion a front-door decision asked for, owned by whoever decided: due
   * within the configured working days of the decision.
   */
  @Transactional
  public UUID startFromDecision(
      UUID partnershipId, UUID childId, UUID concernId, Instant decidedAt, UUID decidedBy) {
    return begin(
        partnershipId,
        MeetingKind.STRATEGY_DISCUSSION,
        List.of(childId),
        concernId,
        decidedAt,
        decidedBy);
  }

  private UUID begin(
      UUID partnershipId,
      MeetingKind kind,
      List<UUID> childIds,
      @Nullable UUID concernId,
      Instant from,
      UUID by) {
    LocalDate day = LocalDate.ofInstant(from, LanternTime.ZONE);
    int within =
        kind == MeetingKind.STRATEGY_DISCUSSION
            ? settings.discussionWithinWorkingDays()
            : settings.riskManagementWithinWorkingDays();
    StrategyMeetingEntity m =
        new StrategyMeetingEntity(
            new StrategyMeetingEntity.Start(
                partnershipId,
                kind,
                new LinkedHashSet<>(childIds),
                concernId,
                from,
                workingDays.add(day, within)),
            by,
            clock.instant());
    meetings.save(m);
    return m.id();
  }

  /** The meeting, for someone about to record it (who may record meetings about its children). */
  @Transactional
  public StrategyMeetingEntity forRecording(CurrentUser user, UUID meetingId) {
    StrategyMeetingEntity m = find(user, meetingId);
    for (UUID childId : m.childIds()) {
      policy.require(
          user,
          Permission.RECORD_MEETINGS,
          children.ref(childId),
          RecordRef.of(RECORD, meetingId),
          "record a meeting");
    }
    return m;
  }

  /** Records what the meeting held (or corrects it), checking every rule first. */
  @Transactional
  public void record(CurrentUser user, UUID meetingId, long version, MeetingRecord r) {
    record(user, meetingId, version, r, List.of());
  }

  /**
   * Records what the meeting held, after the problems the form found itself (a date, time or due
   * date it could not read): with any, nothing is saved, but every rule is still checked so that
   * all are shown at once.
   */
  @Transactional
  public void record(
      CurrentUser user,
      UUID meetingId,
      long version,
      MeetingRecord r,
      List<FieldRuleException.Problem> foundByTheForm) {
    StrategyMeetingEntity m = forRecording(user, meetingId);
    if (m.version() != version) {
      throw new MeetingChangedException();
    }
    Instant heldAt = r.heldAt();
    FieldProblems problems = FieldProblems.after(foundByTheForm);
    problems.addIf(
        heldAt == null && !problems.has("heldTime"), "heldOn", "strategy.meeting.heldOn.required");
    problems.addIf(
        heldAt != null && heldAt.isBefore(m.startedFrom()),
        "heldOn",
        "strategy.meeting.heldOn.beforeDecision");
    problems.addIf(
        heldAt != null && heldAt.isAfter(clock.instant()),
        "heldOn",
        "strategy.meeting.heldOn.future");
    List<Participant> participants = participants(user, m.kind(), r, problems);
    problems.addIf(blank(r.known()), "known", "strategy.meeting.known.required");
    MeetingDecision decision = r.decision();
    problems.addIf(decision == null, "decision", "strategy.meeting.decision.required");
    problems.addIf(blank(r.reasons()), "reasons", "strategy.meeting.reasons.required");
    List<MeetingAction> actions = actions(user, r.actions(), problems);
    LocalDate heldOn = heldAt == null ? null : LocalDate.ofInstant(heldAt, LanternTime.ZONE);
    LocalDate nextReview = r.nextReviewOn();
    if (m.kind() == MeetingKind.RISK_MANAGEMENT) {
      if (nextReview == null) {
        nextReview = heldOn == null ? null : heldOn.plusWeeks(settings.riskManagementReviewWeeks());
      } else {
        problems.addIf(
            heldOn != null && !nextReview.isAfter(heldOn),
            "nextReviewOn",
            "strategy.meeting.nextReviewOn.after");
      }
    } else {
      nextReview = null;
    }
    problems.throwIfAny(StrategyRuleException::new);
    LocalDate conferenceDue =
        decision == MeetingDecision.INITIAL_CHILD_PROTECTION_CONFERENCE
            ? workingDays.add(heldOn, settings.conferenceWithinWorkingDays())
            : null;
    m.record(
        new StrategyMeetingEntity.Held(
            heldAt,
            r.known().strip(),
            decision,
            r.reasons().strip(),
            conferenceDue,
            nextReview,
            participants,
            actions),
        user.id(),
        user.agencyId());
    meetings.saveAndFlush(m);
  }

  private List<Participant> participants(
      CurrentUser user, MeetingKind kind, MeetingRecord r, FieldProblems problems) {
    Set<UUID> invited = new LinkedHashSet<>(r.invited());
    Map<UUID, UserView> people = directory.users(invited);
    Map<UUID, AgencyView> agencies = new HashMap<>();
    for (AgencyView a : directory.agencies(user.partnershipId())) {
      agencies.put(a.id(), a);
    }
    List<Participant> participants = new ArrayList<>();
    boolean police = false;
    boolean health = false;
    for (UUID id : invited) {
      UserView p = people.get(id);
      AgencyView agency = p == null ? null : agencies.get(p.agencyId());
      if (agency == null) {
        problems.add("invited", "strategy.meeting.invited.unknown");
        continue;
      }
      String agencyKind = agency.kind().name();
      police |= settings.policeAgencyKinds().contains(agencyKind);
      health |= settings.healthAgencyKinds().contains(agencyKind);
      participants.add(new Participant(id, agency.id(), agencyKind, r.attended().contains(id)));
    }
    problems.addIf(
        kind == MeetingKind.STRATEGY_DISCUSSION && !police,
        "invited",
        "strategy.meeting.invited.police");
    problems.addIf(
        kind == MeetingKind.STRATEGY_DISCUSSION && !health,
        "invited",
        "strategy.meeting.invited.health");
    problems.addIf(
        !invited.containsAll(r.attended()), "attended", "strategy.meeting.attended.notInvited");
    problems.addIf(r.attended().isEmpty(), "attended", "strategy.meeting.attended.required");
    return participants;
  }

  private List<MeetingAction> actions(
      CurrentUser user, List<MeetingRecord.Action> typed, FieldProblems problems) {
    List<MeetingAction> actions = new ArrayList<>();
    for (int i = 0; i < typed.size(); i++) {
      MeetingRecord.Action a = typed.get(i);
      if (a.isBlank()) {
        continue;
      }
      String field = "actions[" + i + "].";
      boolean described = !blank(a.description());
      problems.addIf(!described, field + "description", "strategy.action.description");
      UUID owner = a.ownerUserId();
      boolean owned =
          owner != null
              && directory
                  .user(owner)
                  .filter(u -> agencyIn(user.partnershipId(), u.agencyId()))
                  .isPresent();
      problems.addIf(!owned, field + "owner", "strategy.action.owner");
      problems.addIf(a.dueOn() == null, field + "dueOn", "strategy.action.dueOn");
      if (described && owned && a.dueOn() != null) {
        actions.add(new MeetingAction(a.description().strip(), owner, a.dueOn(), a.doneOn()));
      }
    }
    return actions;
  }

  private boolean agencyIn(UUID partnershipId, UUID agencyId) {
    return directory
        .agency(agencyId)
        .filter(a -> a.partnershipId().equals(partnershipId))
        .isPresent();
  }

  private StrategyMeetingEntity find(CurrentUser user, UUID meetingId) {
    return meetings
        .findById(meetingId)
        .filter(m -> m.partnershipId().equals(user.partnershipId()))
        .orElseThrow(() -> new RecordNotFoundException("meeting", meetingId));
  }

  private static boolean blank(@Nullable String s) {
    return s == null || s.isBlank();
  }
}
