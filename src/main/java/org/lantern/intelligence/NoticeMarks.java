package org.lantern.intelligence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.lantern.platform.LanternTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a child stands on child abduction warning notices, past and current (seed 002 ¶101): named
 * on a notice, or linked to the adult served with one (through any {@link LinkSource}). A notice is
 * current until its expiry date, inclusive; after it, the mark stays as a past one. Only current
 * marks count as current indicators (and raise flags). The caller has checked (and audited) that
 * the reader may see the child's flags; the adult is not named.
 */
@Service
public class NoticeMarks {

  /** How the child is marked by a notice. */
  public enum Kind {
    /** The child is named on the notice. */
    NAMED,
    /** The child is linked to the adult served, not named on the notice. */
    LINKED
  }

  /**
   * One notice's mark on one child.
   *
   * @param how for {@link Kind#LINKED}, the ways the child is linked to the adult (empty if named)
   * @param current whether the notice is in force today
   */
  public record Mark(
      Kind kind,
      UUID noticeId,
      LocalDate servedOn,
      LocalDate expiresOn,
      Set<LinkSource> how,
      boolean current) {

    public Mark {
      how = how.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(how));
    }
  }

  private final JdbcTemplate jdbc;
  private final Clock clock;

  NoticeMarks(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Every mark on the child, current and expired: named ones first, each kind by date served. */
  @Transactional(readOnly = true)
  public List<Mark> on(UUID childId) {
    LocalDate today = LocalDate.now(clock.withZone(LanternTime.ZONE));
    List<Mark> marks = new ArrayList<>();
    jdbc.query(
        """
        select n.id, n.served_on, n.expires_on from abduction_notice n
        join abduction_notice_child c on c.notice_id = n.id
        where c.child_id = ? order by n.served_on, n.id
        """,
        rs -> {
          LocalDate expires = rs.getDate("expires_on").toLocalDate();
          marks.add(
              new Mark(
                  Kind.NAMED,
                  rs.getObject("id", UUID.class),
                  rs.getDate("served_on").toLocalDate(),
                  expires,
                  Set.of(),
                  !expires.isBefore(today)));
        },
        childId);
    Map<UUID, Mark> linked = new LinkedHashMap<>();
    jdbc.query(
        """
        select distinct n.id, n.served_on, n.expires_on, l.source from abduction_notice n
        join adult_child_link l on l.adult_id = n.adult_id
        where l.child_id = ?
          and not exists (select 1 from abduction_notice_child c
                          where c.notice_id = n.id and c.child_id = ?)
        order by n.served_on, n.id
        """,
        rs -> {
          UUID notice = rs.getObject("id", UUID.class);
          LocalDate expires = rs.getDate("expires_on").toLocalDate();
          Set<LinkSource> how = EnumSet.of(LinkSource.valueOf(rs.getString("source")));
          Mark before = linked.get(notice);
          if (before != null) {
            how.addAll(before.how());
          }
          linked.put(
              notice,
              new Mark(
                  Kind.LINKED,
                  notice,
                  rs.getDate("served_on").toLocalDate(),
                  expires,
                  how,
                  !expires.isBefore(today)));
        },
        childId,
        childId);
    marks.addAll(linked.values());
    return marks;
  }

  /** Only the marks of notices in force today: what counts as a current indicator or flag. */
  @Transactional(readOnly = true)
  public List<Mark> currentOn(UUID childId) {
    return on(childId).stream().filter(Mark::current).toList();
  }
}
