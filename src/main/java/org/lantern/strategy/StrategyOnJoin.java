package org.lantern.strategy;

import java.util.List;
import java.util.UUID;
import org.lantern.people.ChildJoinParticipant;
import org.lantern.strategy.data.Conferences;
import org.lantern.strategy.data.Plans;
import org.lantern.strategy.data.StrategyMeeting;
import org.lantern.strategy.data.StrategyMeetings;
import org.springframework.stereotype.Component;

/**
 * Joining a new record to the child it is: meetings, conferences and plans move across; a plan on
 * each record would leave the child with two, so the join is refused until one is ended.
 */
@Component
class StrategyOnJoin implements ChildJoinParticipant {

  private final StrategyMeetings meetings;
  private final Conferences conferences;
  private final Plans plans;

  StrategyOnJoin(StrategyMeetings meetings, Conferences conferences, Plans plans) {
    this.meetings = meetings;
    this.conferences = conferences;
    this.plans = plans;
  }

  @Override
  public List<Held> cannotMove(UUID from, UUID into) {
    if (plans.findFirstByChildIdAndEndedOnIsNull(from).isPresent()
        && plans.findFirstByChildIdAndEndedOnIsNull(into).isPresent()) {
      return List.of(new Held("strategy.join.twoPlans", 1));
    }
    return List.of();
  }

  @Override
  public void moveAll(UUID from, UUID into) {
    for (StrategyMeeting m : meetings.aboutChild(from)) {
      m.moveChild(from, into);
    }
    conferences.findByChildIdOrderByHeldOnAsc(from).forEach(c -> c.moveTo(into));
    plans.findByChildIdOrderByStartedOnAsc(from).forEach(p -> p.moveTo(into));
  }
}
