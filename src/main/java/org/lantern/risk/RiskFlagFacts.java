package org.lantern.risk;

import java.util.List;
import java.util.UUID;
import org.lantern.flags.FlagFact;
import org.lantern.flags.FlagFactSource;
import org.lantern.flags.FlagSubject;
import org.lantern.platform.LanternTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A child's submitted screenings and their levels, for the medium-or-high-risk flag. */
@Component
class RiskFlagFacts implements FlagFactSource {

  private final JdbcTemplate jdbc;

  RiskFlagFacts(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The child's submitted screenings that have a level, oldest first. One plain statement of the
   * columns the rule reads: the flag check calls every source on every check, and a repository's
   * entities (every column, the persistence context) cost it more than the facts.
   */
  @Override
  public List<FlagFact> factsAbout(FlagSubject child) {
    UUID childId = child.id();
    return jdbc.query(
        """
        select risk_level, submitted_at from screening
        where child_id = ? and submitted_at is not null and risk_level is not null
        order by submitted_at, id
        """,
        (rs, row) ->
            new FlagFact(
                FlagFact.Kind.SCREENING,
                rs.getString(1),
                rs.getTimestamp(2).toInstant().atZone(LanternTime.ZONE).toLocalDate(),
                null),
        childId);
  }
}
