package org.lantern.strategy;

import java.util.List;
import org.lantern.flags.FactRow;
import org.lantern.flags.FlagFact;
import org.lantern.flags.FlagFactSource;
import org.lantern.flags.FlagSubject;
import org.springframework.stereotype.Component;

/**
 * Child protection plans as flags read them: every plan the child has had, from the day it started
 * until the day it ended (an open plan is a current flag, an ended one a past flag).
 */
@Component
class PlanFlagFacts implements FlagFactSource {

  /**
   * Every plan the child has had, the first begun first: the columns the rule reads, read with
   * every other module's facts in one statement.
   */
  @Override
  public String select() {
    return """
        select row_number() over (order by started_on), category, null, started_on, ended_on
        from child_protection_plan
        where child_id = ?
        """;
  }

  @Override
  public List<FlagFact> factsFrom(FlagSubject child, List<FactRow> rows) {
    return rows.stream().map(r -> r.fromDayToUntil(FlagFact.Kind.CHILD_PROTECTION_PLAN)).toList();
  }
}
