package org.lantern.strategy;

import org.lantern.referral.ConcernDecided;
import org.lantern.referral.ThresholdDecision;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A front-door decision of "strategy discussion" starts one, in the decision's transaction, owned
 * by whoever decided, its clock running from the decision.
 */
@Component
class StrategyOnDecision {

  private final ChildMeetings meetings;

  StrategyOnDecision(ChildMeetings meetings) {
    this.meetings = meetings;
  }

  @EventListener
  void on(ConcernDecided decided) {
    if (decided.decision() == ThresholdDecision.STRATEGY_DISCUSSION) {
      meetings.startFromDecision(
          decided.partnershipId(),
          decided.childId(),
          decided.concernId(),
          decided.decidedAt(),
          decided.decidedByUserId());
    }
  }
}
