package org.lantern.risk;

import java.util.List;
import org.lantern.flags.FactRow;
import org.lantern.flags.FlagFact;
import org.lantern.flags.FlagFactSource;
import org.lantern.flags.FlagSubject;
import org.springframework.stereotype.Component;

/** A child's submitted screenings and their levels, for the medium-or-high-risk flag. */
@Component
class RiskFlagFacts implements FlagFactSource {

  /**
   * The child's submitted screenings that have a level, oldest first: the columns the rule reads,
   * read with every other module's facts in one statement.
   */
  @Override
  public String select() {
    return """
        select row_number() over (order by submitted_at, id), risk_level, submitted_at, null, null
        from screening
        where child_id = ? and submitted_at is not null and risk_level is not null
        """;
  }

  @Override
  public List<FlagFact> factsFrom(FlagSubject child, List<FactRow> rows) {
    return rows.stream().map(r -> r.sinceTheMoment(FlagFact.Kind.SCREENING)).toList();
  }
}
