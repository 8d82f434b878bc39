package org.lantern.strategy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lantern.access.AccessPolicy;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.access.Permission;
import org.lantern.access.RecordRef;
import org.lantern.access.UserView;
import org.lantern.people.Children;
import org.lantern.platform.FieldProblems;
import org.lantern.platform.FieldRuleException;
import org.lantern.platform.LanternTime;
import org.lantern.strategy.data.ConferenceEntity;
import org.lantern.strategy.data.Conferences;
import org.lantern.strategy.data.PlanEntity;
import org.lantern.strategy.data.Plans;
import org.lantern.strategy.data.StrategyMeetingEntity;
import org.lantern.strategy.data.StrategyMeetings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording child protection conferences: an initial conference may make a plan (from its date,
 * first review within {@code firstReviewMonths}); a review continues it (next review within {@code
 * reviewEveryMonths}) or ends it. Refused by the field, nothing saved: no lead social worker, no
 * date or one in the future or before the discussion that decided it, a plan without a category, a
 * review with no current plan, an initial conference while a plan is current.
 */
@Service
public class ChildProtectionConferences {

  private final Conferences conferences;
  private final Plans plans;
  private final StrategyMeetings meetings;
  private final AccessPolicy policy;
  private final Children children;
  private final Directory directory;
  private final StrategySettings settings;
  private final Clock clock;

  ChildProtectionConferences(
      Conferences conferences,
      Plans plans,
      StrategyMeetings meetings,
      AccessPolicy policy,
      Children children,
      Directory directory,
      StrategySettings settings,
      Clock clock) {
    this.conferences = conferences;
    this.plans = plans;
    this.meetings = meetings;
    this.policy = policy;
    this.children = children;
    this.directory = directory;
    this.settings = settings;
    this.clock = clock;
  }

  /** Checks the person may record a conference about the child (audited either way). */
  @Transactional
  public void mayRecord(CurrentUser user, UUID childId) {
    policy.require(
        user,
        Permission.RECORD_MEETINGS,
        children.ref(childId),
        RecordRef.child(childId),
        "record a child protection conference");
  }

  @Transactional
  public UUID record(CurrentUser user, UUID childId, ConferenceRecord r) {
    return record(user, childId, r, List.of());
  }

  /**
   * Records the conference, after the problems the form found itself (a date it could not read):
   * with any, nothing is saved, but every rule is still checked so that all are shown at once.
   */
  @Transactional
  public UUID record(
      CurrentUser user,
      UUID childId,
      ConferenceRecord r,
      List<FieldRuleException.Problem> foundByTheForm) {
    mayRecord(user, childId);
    ConferenceKind kind = r.kind();
    LocalDate heldOn = r.heldOn();
    FieldProblems problems = FieldProblems.after(foundByTheForm);
    problems.addIf(kind == null, "kind", "strategy.conference.kind.required");
    problems.addIf(heldOn == null, "heldOn", "strategy.conference.heldOn.required");
    problems.addIf(
        heldOn != null && heldOn.isAfter(LocalDate.now(clock.withZone(LanternTime.ZONE))),
        "heldOn",
        "strategy.conference.heldOn.future");
    UUID discussionId = r.discussionId();
    if (discussionId != null) {
      Optional<StrategyMeetingEntity> d =
          meetings.findById(discussionId).filter(m -> m.childIds().contains(childId) && m.isHeld());
      problems.addIf(d.isEmpty(), "discussion", "strategy.conference.discussion");
      problems.addIf(
          d.isPresent()
              && heldOn != null
              && heldOn.isBefore(LocalDate.ofInstant(d.get().heldAt(), LanternTime.ZONE)),
          "heldOn",
          "strategy.conference.heldOn.beforeDiscussion");
    }
    UUID worker = r.socialWorkerUserId();
    Optional<UserView> lead = worker == null ? Optional.empty() : directory.user(worker);
    problems.addIf(
        lead.isEmpty()
            || !lead.get().role().permits(Permission.HOLD_CASES)
            || directory
                .agency(lead.get().agencyId())
                .filter(a -> a.partnershipId().equals(user.partnershipId()))
                .isEmpty(),
        "socialWorker",
        "strategy.conference.socialWorker.required");
    Boolean plan = r.plan();
    problems.addIf(plan == null, "plan", "strategy.conference.plan.required");
    problems.addIf(
        Boolean.TRUE.equals(plan) && r.category() == null,
        "category",
        "strategy.conference.category.required");
    Optional<PlanEntity> current = plans.findFirstByChildIdAndEndedOnIsNull(childId);
    problems.addIf(
        kind == ConferenceKind.REVIEW && current.isEmpty(),
        "kind",
        "strategy.conference.review.noPlan");
    problems.addIf(
        kind == ConferenceKind.INITIAL && current.isPresent(),
        "kind",
        "strategy.conference.initial.planCurrent");
    problems.addIf(
        kind == ConferenceKind.REVIEW
            && current.isPresent()
            && heldOn != null
            && heldOn.isBefore(current.get().lastConferenceOn()),
        "heldOn",
        "strategy.conference.heldOn.beforeLast");
    problems.throwIfAny(StrategyRuleException::new);
    ConferenceEntity c =
        new ConferenceEntity(
            user.partnershipId(),
            childId,
            new ConferenceEntity.Details(
                kind,
                discussionId,
                heldOn,
                worker,
                plan,
                plan ? r.category() : null,
                r.notes() == null || r.notes().isBlank() ? null : r.notes().strip()),
            user.id(),
            user.agencyId(),
            clock.instant());
    conferences.save(c);
    if (kind == ConferenceKind.INITIAL && plan) {
      plans.save(
          new PlanEntity(
              user.partnershipId(),
              childId,
              r.category(),
              heldOn,
              worker,
              heldOn.plusMonths(settings.firstReviewMonths())));
    } else if (kind == ConferenceKind.REVIEW && plan) {
      current
          .get()
          .reviewed(heldOn, r.category(), worker, heldOn.plusMonths(settings.reviewEveryMonths()));
    } else if (kind == ConferenceKind.REVIEW) {
      current.get().end(heldOn);
    }
    return c.id();
  }
}
