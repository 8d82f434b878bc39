package org.lantern.strategy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.strategy.data.PlanEntity;
import org.lantern.strategy.data.Plans;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The fact other modules read (flags, reports): whether a child is on a child protection plan now,
 * under which category, since when, and who leads it. No access check: a caller shows it only where
 * its own access rules allow.
 */
@Service
public class ChildProtectionPlans {

  private final Plans plans;

  ChildProtectionPlans(Plans plans) {
    this.plans = plans;
  }

  /** A child protection plan, as others read it. */
  public record PlanFact(
      UUID planId,
      UUID childId,
      PlanCategory category,
      LocalDate startedOn,
      @Nullable LocalDate endedOn,
      UUID leadSocialWorkerUserId,
      LocalDate nextReviewOn) {

    public boolean isCurrent() {
      return endedOn == null;
    }
  }

  /** The child's current plan, if they have one. */
  @Transactional(readOnly = true)
  public Optional<PlanFact> currentPlan(UUID childId) {
    return plans.findFirstByChildIdAndEndedOnIsNull(childId).map(ChildProtectionPlans::fact);
  }

  /** Every plan the child has had, oldest first. */
  @Transactional(readOnly = true)
  public List<PlanFact> plans(UUID childId) {
    return plans.findByChildIdOrderByStartedOnAsc(childId).stream()
        .map(ChildProtectionPlans::fact)
        .toList();
  }

  static PlanFact fact(PlanEntity p) {
    return new PlanFact(
        p.id(),
        p.childId(),
        p.category(),
        p.startedOn(),
        p.endedOn(),
        p.leadSocialWorkerUserId(),
        p.nextReviewOn());
  }
}
