package org.lantern.intelligence;

import java.util.List;
import org.lantern.flags.FactRow;
import org.lantern.flags.FlagFact;
import org.lantern.flags.FlagFactSource;
import org.lantern.flags.FlagSubject;
import org.springframework.stereotype.Component;

/**
 * Child abduction warning notices naming the child, or served on an adult linked to the child (as
 * {@link NoticeIndicators} links them), in force or expired: served on, expires on.
 */
@Component
class NoticeFlagFacts implements FlagFactSource {

  /**
   * The notices naming the child, and those served on an adult linked to the child that do not also
   * name the child: read with every other module's facts in one statement.
   */
  @Override
  public String select() {
    return """
        select 0, 'NAMED', null, n.served_on, n.expires_on from abduction_notice n
        join abduction_notice_child c on c.notice_id = n.id
        where c.child_id = ?
        union
        select 0, 'LINKED', null, n.served_on, n.expires_on from abduction_notice n
        join adult_child_link l on l.adult_id = n.adult_id
        where l.child_id = ?
          and not exists (select 1 from abduction_notice_child c
                          where c.notice_id = n.id and c.child_id = ?)
        """;
  }

  @Override
  public List<FlagFact> factsFrom(FlagSubject child, List<FactRow> rows) {
    return rows.stream().map(r -> r.fromDayToUntil(FlagFact.Kind.ABDUCTION_NOTICE)).toList();
  }
}
