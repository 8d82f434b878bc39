package org.lantern.intelligence;

import java.util.UUID;
import org.lantern.access.RecorderSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Whoever recorded intelligence linking an adult to a child, or served a notice naming the child,
 * recorded it.
 */
@Component
class IntelligenceRecorders implements RecorderSource {

  private final JdbcTemplate jdbc;

  IntelligenceRecorders(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public boolean recorded(UUID childId, UUID userId) {
    return Boolean.TRUE.equals(
            jdbc.queryForObject(
                """
            select count(*) > 0 from adult_child_link l
            where l.child_id = ? and l.recorded_by_user_id = ?
            """,
                Boolean.class,
                childId,
                userId))
        || Boolean.TRUE.equals(
            jdbc.queryForObject(
                """
                select count(*) > 0 from abduction_notice n
                join abduction_notice_child c on c.notice_id = n.id
                where c.child_id = ? and n.served_by_user_id = ?
                """,
                Boolean.class,
                childId,
                userId));
  }
}
