package org.lantern.people;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Where a child has lived moves with a joined record, with the notices sent to the other authority,
 * unless both records have placements: two histories of one child cannot both be true, so the front
 * door is told to settle them first.
 */
@Component
class PlacementsOnJoin implements ChildJoinParticipant {

  private final JdbcTemplate jdbc;

  PlacementsOnJoin(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<Held> cannotMove(UUID from, UUID into) {
    int theirs = count(from);
    return theirs > 0 && count(into) > 0
        ? List.of(new Held("join.held.placements", theirs))
        : List.of();
  }

  @Override
  public void moveAll(UUID from, UUID into) {
    jdbc.update("update child_placement set child_id = ? where child_id = ?", into, from);
    jdbc.update("update child_placement_notice set child_id = ? where child_id = ?", into, from);
  }

  private int count(UUID child) {
    Integer n =
        jdbc.queryForObject(
            "select count(*) from child_placement where child_id = ?", Integer.class, child);
    return n == null ? 0 : n;
  }
}
