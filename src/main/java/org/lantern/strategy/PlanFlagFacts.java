package org.lantern.strategy;

import java.util.List;
import java.util.UUID;
import org.lantern.flags.FlagFact;
import org.lantern.flags.FlagFactSource;
import org.lantern.flags.FlagSubject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Child protection plans as flags read them: every plan the child has had, from the day it started
 * until the day it ended (an open plan is a current flag, an ended one a past flag).
 */
@Component
class PlanFlagFacts implements FlagFactSource {

  private final JdbcTemplate jdbc;

  PlanFlagFacts(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Every plan the child has had, the first begun first. One plain statement of the columns the
   * rule reads: the flag check calls every source on every check, and a repository's entities
   * (every column, the persistence context) cost it more than the facts.
   */
  @Override
  public List<FlagFact> factsAbout(FlagSubject child) {
    UUID childId = child.id();
    return jdbc.query(
        """
        select category, started_on, ended_on from child_protection_plan
        where child_id = ?
        order by started_on
        """,
        (rs, row) ->
            new FlagFact(
                FlagFact.Kind.CHILD_PROTECTION_PLAN,
                rs.getString(1),
                rs.getDate(2).toLocalDate(),
                rs.getDate(3) == null ? null : rs.getDate(3).toLocalDate()),
        childId);
  }
}
