package org.lantern.people;

import java.util.List;
import java.util.UUID;

/**
 * A module that holds things about a child (concerns, missing episodes, links to adults, ...),
 * asked when the front door joins a new record to the child it was found to be: first what it holds
 * that it cannot carry over (the join is then refused, saying so), then to move everything else, in
 * the join's one transaction.
 */
public interface ChildJoinParticipant {

  /** Something a module holds about a child that a join would not carry over. */
  record Held(String messageKey, int count) {}

  /**
   * What this module holds about {@code from} that a join into {@code into} cannot carry over
   * (something it does not move, or that would clash with what {@code into} has); empty when
   * nothing.
   */
  List<Held> cannotMove(UUID from, UUID into);

  /** Moves everything this module holds about {@code from} onto {@code into}. */
  void moveAll(UUID from, UUID into);
}
