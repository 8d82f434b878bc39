package org.lantern.referral;

import java.util.List;
import org.lantern.flags.FactRow;
import org.lantern.flags.FlagFact;
import org.lantern.flags.FlagFactSource;
import org.lantern.flags.FlagSubject;
import org.springframework.stereotype.Component;

/** The front door's threshold decisions about a child, for the exploitation-pathway flag. */
@Component
class ReferralFlagFacts implements FlagFactSource {

  /**
   * The child's decided concerns, in the order they were submitted: the columns the rule reads,
   * read with every other module's facts in one statement.
   */
  @Override
  public String select() {
    return """
        select row_number() over (order by submitted_at, id), decision, decided_at, null, null
        from concern
        where child_id = ? and decision is not null and decided_at is not null
        """;
  }

  @Override
  public List<FlagFact> factsFrom(FlagSubject child, List<FactRow> rows) {
    return rows.stream().map(r -> r.sinceTheMoment(FlagFact.Kind.THRESHOLD_DECISION)).toList();
  }
}
