package org.lantern.missing;

import java.util.UUID;
import org.lantern.access.RecorderSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Whoever recorded a missing episode of a child, or interviewed them on return, recorded it. */
@Component
class MissingRecorders implements RecorderSource {

  private final JdbcTemplate jdbc;

  MissingRecorders(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public boolean recorded(UUID childId, UUID userId) {
    return Boolean.TRUE.equals(
        jdbc.queryForObject(
            """
            select count(*) > 0 from missing_episode
            where child_id = ? and (recorded_by_user_id = ? or interviewed_by_user_id = ?)
            """,
            Boolean.class,
            childId,
            userId,
            userId));
  }
}
