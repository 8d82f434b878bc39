package org.lantern.intelligence;

import java.util.List;
import java.util.UUID;
import org.lantern.people.ChildJoinParticipant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A new record joined into the child it was found to be: its links to adults (named in a concern,
 * found with at the end of a missing episode, recorded as intelligence, served a notice) and the
 * notices naming it move with it; a link or notice the child already has is not made twice.
 */
@Component
class IntelligenceOnJoin implements ChildJoinParticipant {

  private final JdbcTemplate jdbc;

  IntelligenceOnJoin(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<Held> cannotMove(UUID from, UUID into) {
    return List.of();
  }

  @Override
  public void moveAll(UUID from, UUID into) {
    jdbc.update(
        "delete from adult_child_link where child_id = ? and exists (select 1 from"
            + " adult_child_link o where o.child_id = ? and o.adult_id = adult_child_link.adult_id"
            + " and o.source = adult_child_link.source"
            + " and o.source_id = adult_child_link.source_id)",
        from,
        into);
    jdbc.update("update adult_child_link set child_id = ? where child_id = ?", into, from);
    jdbc.update(
        "delete from abduction_notice_child where child_id = ? and notice_id in (select"
            + " notice_id from abduction_notice_child where child_id = ?)",
        from,
        into);
    jdbc.update("update abduction_notice_child set child_id = ? where child_id = ?", into, from);
  }
}
