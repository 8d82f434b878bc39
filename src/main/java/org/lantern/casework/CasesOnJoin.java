package org.lantern.casework;

import java.util.List;
import java.util.UUID;
import org.lantern.casework.data.CaseEvents;
import org.lantern.casework.data.ChildCaseEntity;
import org.lantern.casework.data.ChildCases;
import org.lantern.casework.data.NetworkMemberEntity;
import org.lantern.casework.data.NetworkMembers;
import org.lantern.people.ChildJoinParticipant;
import org.springframework.stereotype.Component;

/**
 * A new record joined into the child it was found to be: its case and the case's history move with
 * it, and so does its professional network, unless both records have an open case (a child has one
 * open case): then the join waits until one is closed or transferred.
 */
@Component
class CasesOnJoin implements ChildJoinParticipant {

  private final ChildCases cases;
  private final CaseEvents events;
  private final NetworkMembers network;

  CasesOnJoin(ChildCases cases, CaseEvents events, NetworkMembers network) {
    this.cases = cases;
    this.events = events;
    this.network = network;
  }

  @Override
  public List<Held> cannotMove(UUID from, UUID into) {
    boolean bothOpen = open(from) && open(into);
    return bothOpen ? List.of(new Held("casework.join.held.openCase", 1)) : List.of();
  }

  private boolean open(UUID childId) {
    return cases.findByChildId(childId).stream().anyMatch(c -> c.status().isOpen());
  }

  @Override
  public void moveAll(UUID from, UUID into) {
    for (ChildCaseEntity c : cases.findByChildId(from)) {
      c.moveTo(into);
    }
    for (NetworkMemberEntity m : network.findByChildId(from)) {
      m.moveTo(into);
    }
    cases.flush();
    network.flush();
    events.moveAll(from, into);
  }
}
