package org.lantern.people;

import java.util.List;

/**
 * A join that would leave something behind: the new record holds more than a join carries over (a
 * risk screening, a panel item, ...). Nothing was changed.
 */
public class JoinRefusedException extends RuntimeException {

  private final List<ChildJoinParticipant.Held> held;

  public JoinRefusedException(List<ChildJoinParticipant.Held> held) {
    super("The record holds what a join does not carry over: " + held);
    this.held = List.copyOf(held);
  }

  public List<ChildJoinParticipant.Held> held() {
    return held;
  }
}
