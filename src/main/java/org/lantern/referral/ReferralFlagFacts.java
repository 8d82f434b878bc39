package org.lantern.referral;

import java.util.List;
import java.util.UUID;
import org.lantern.flags.FlagFact;
import org.lantern.flags.FlagFactSource;
import org.lantern.flags.FlagSubject;
import org.lantern.platform.LanternTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The front door's threshold decisions about a child, for the exploitation-pathway flag. */
@Component
class ReferralFlagFacts implements FlagFactSource {

  private final JdbcTemplate jdbc;

  ReferralFlagFacts(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The child's decided concerns, in the order they were submitted. One plain statement of the
   * columns the rule reads: the flag check calls every source on every check, and a repository's
   * entities (every column, the persistence context) cost it more than the facts.
   */
  @Override
  public List<FlagFact> factsAbout(FlagSubject child) {
    UUID childId = child.id();
    return jdbc.query(
        """
        select decision, decided_at from concern
        where child_id = ? and decision is not null and decided_at is not null
        order by submitted_at, id
        """,
        (rs, row) ->
            new FlagFact(
                FlagFact.Kind.THRESHOLD_DECISION,
                rs.getString(1),
                rs.getTimestamp(2).toInstant().atZone(LanternTime.ZONE).toLocalDate(),
                null),
        childId);
  }
}
