package org.lantern.intelligence;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The child abduction warning notices served in a period, for the partnership's figures: each
 * notice once for each district of a child it names (a notice naming no child of a district has
 * none). Counts only, no names; recorded by {@code asAt}, so a figure can be re-run.
 */
@Service
public class NoticesServed {

  /** A notice served on a day, about a child of a district (null when it names no child). */
  public record Served(UUID noticeId, LocalDate servedOn, @Nullable UUID districtId) {}

  private static final String SERVED =
      """
      select n.id, n.served_on, c.district_id
      from abduction_notice n
      left join abduction_notice_child nc on nc.notice_id = n.id
      left join child c on c.id = nc.child_id
      where n.partnership_id = ? and n.served_on >= ? and n.served_on <= ? and n.recorded_at <= ?
      """;

  private final JdbcTemplate jdbc;

  NoticesServed(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(readOnly = true)
  public List<Served> between(UUID partnershipId, LocalDate from, LocalDate to, Instant asAt) {
    return jdbc.query(
        SERVED,
        (rs, i) -> {
          String d = rs.getString("district_id");
          return new Served(
              UUID.fromString(rs.getString("id")),
              rs.getDate("served_on").toLocalDate(),
              d == null ? null : UUID.fromString(d));
        },
        partnershipId,
        Date.valueOf(from),
        Date.valueOf(to),
        Timestamp.from(asAt));
  }
}
