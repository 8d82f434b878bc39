package org.lantern.intelligence;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.lantern.flags.FlagFact;
import org.lantern.flags.FlagFactSource;
import org.lantern.flags.FlagSubject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Child abduction warning notices naming the child, or served on an adult linked to the child (as
 * {@link NoticeIndicators} links them), in force or expired: served on, expires on.
 */
@Component
class NoticeFlagFacts implements FlagFactSource {

  private final JdbcTemplate jdbc;

  NoticeFlagFacts(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<FlagFact> factsAbout(FlagSubject child) {
    UUID childId = child.id();
    List<FlagFact> facts = new ArrayList<>();
    jdbc.query(
        """
        select 'NAMED' as how, n.served_on, n.expires_on from abduction_notice n
        join abduction_notice_child c on c.notice_id = n.id
        where c.child_id = ?
        union
        select 'LINKED' as how, n.served_on, n.expires_on from abduction_notice n
        join adult_child_link l on l.adult_id = n.adult_id
        where l.child_id = ?
          and not exists (select 1 from abduction_notice_child c
                          where c.notice_id = n.id and c.child_id = ?)
        """,
        rs -> {
          Date expires = rs.getDate(3);
          facts.add(
              new FlagFact(
                  FlagFact.Kind.ABDUCTION_NOTICE,
                  rs.getString(1),
                  rs.getDate(2).toLocalDate(),
                  expires == null ? null : expires.toLocalDate()));
        },
        childId,
        childId,
        childId);
    return facts;
  }
}
