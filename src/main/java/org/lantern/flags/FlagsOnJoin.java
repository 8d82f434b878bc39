package org.lantern.flags;

import java.util.List;
import java.util.UUID;
import org.lantern.people.ChildJoinParticipant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A joined record's flags sent by partner systems, and the checks made of it from unscheduled care,
 * move to the child it was found to be: a clinician checking that child then sees them.
 */
@Component
class FlagsOnJoin implements ChildJoinParticipant {

  private final JdbcTemplate jdbc;

  FlagsOnJoin(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<Held> cannotMove(UUID from, UUID into) {
    return List.of();
  }

  @Override
  public void moveAll(UUID from, UUID into) {
    jdbc.update("update partner_flag set child_id = ? where child_id = ?", into, from);
    jdbc.update("update flag_check set child_id = ? where child_id = ?", into, from);
  }
}
