package org.lantern.strategy;

import java.util.List;
import java.util.UUID;
import org.lantern.flags.FlagFact;
import org.lantern.flags.FlagFactSource;
import org.lantern.flags.FlagSubject;
import org.springframework.stereotype.Component;

/**
 * Child protection plans as flags read them: every plan the child has had, from the day it started
 * until the day it ended (an open plan is a current flag, an ended one a past flag).
 */
@Component
class PlanFlagFacts implements FlagFactSource {

  private final ChildProtectionPlans plans;

  PlanFlagFacts(ChildProtectionPlans plans) {
    this.plans = plans;
  }

  @Override
  public List<FlagFact> factsAbout(FlagSubject child) {
    UUID childId = child.id();
    return plans.plans(childId).stream()
        .map(
            p ->
                new FlagFact(
                    FlagFact.Kind.CHILD_PROTECTION_PLAN,
                    p.category().name(),
                    p.startedOn(),
                    p.endedOn()))
        .toList();
  }
}
