package org.lantern.referral;

import java.util.List;
import java.util.UUID;
import org.lantern.people.ChildJoinParticipant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A new record joined into the child it was found to be: its concerns move with it (their
 * decisions, clocks and references are the concerns' own, and stay).
 */
@Component
class ConcernsOnJoin implements ChildJoinParticipant {

  private final JdbcTemplate jdbc;

  ConcernsOnJoin(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<Held> cannotMove(UUID from, UUID into) {
    return List.of();
  }

  @Override
  public void moveAll(UUID from, UUID into) {
    jdbc.update(
        "update concern set child_id = ?, version = version + 1 where child_id = ?", into, from);
  }
}
