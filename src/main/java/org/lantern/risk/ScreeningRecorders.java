package org.lantern.risk;

import java.util.UUID;
import org.lantern.access.RecorderSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Whoever wrote a screening of a child (submitted or under way) recorded it. */
@Component
class ScreeningRecorders implements RecorderSource {

  private final JdbcTemplate jdbc;

  ScreeningRecorders(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public boolean recorded(UUID childId, UUID userId) {
    return Boolean.TRUE.equals(
        jdbc.queryForObject(
            "select count(*) > 0 from screening where child_id = ? and author_user_id = ?",
            Boolean.class,
            childId,
            userId));
  }
}
