package org.lantern.intelligence;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.CurrentUser;
import org.lantern.access.Section;
import org.lantern.access.SectionAccess;
import org.lantern.people.ChronologyEntry;
import org.lantern.people.ChronologySource;
import org.lantern.platform.LanternTime;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Each child abduction warning notice naming the child, on the child's chronology (the day it was
 * served, by which officer, until when), so that the front door reading a new concern sees it among
 * everything else. The adult served is not named here (as on the file's indicators). Someone who
 * sees part of the intelligence section sees the notices they (or their agency) served.
 */
@Component
class NoticeChronology implements ChronologySource {

  private final JdbcClient sql;

  private final JdbcTemplate jdbc;
  private final MessageSource messages;
  private final Clock clock;

  NoticeChronology(JdbcClient sql, JdbcTemplate jdbc, MessageSource messages, Clock clock) {
    this.sql = sql;
    this.jdbc = jdbc;
    this.messages = messages;
    this.clock = clock;
  }

  @Override
  public Section section() {
    return Section.INTELLIGENCE;
  }

  private record Served(
      LocalDate servedOn,
      LocalDate expiresOn,
      String officer,
      @Nullable UUID byUser,
      @Nullable UUID byAgency,
      String agencyName) {}

  @Override
  public Map<UUID, Instant> latestAt(Collection<UUID> childIds) {
    return ChronologySource.newest(
        sql,
        childIds,
        "select c.child_id, max(n.served_on) from abduction_notice n join abduction_notice_child c on c.notice_id = n.id where c.child_id in (:ids) group by c.child_id");
  }

  @Override
  public List<ChronologyEntry> entriesFor(UUID childId, CurrentUser viewer) {
    return entries(served(childId));
  }

  @Override
  public List<ChronologyEntry> entriesFor(UUID childId, CurrentUser viewer, SectionAccess access) {
    return entries(
        served(childId).stream().filter(s -> access.admits(s.byUser(), s.byAgency())).toList());
  }

  private List<Served> served(UUID childId) {
    return jdbc.query(
        """
        select n.served_on, n.expires_on, n.officer_name, n.served_by_user_id,
          u.agency_id, a.name as agency_name
        from abduction_notice n
        join abduction_notice_child c on c.notice_id = n.id
        left join user_account u on u.id = n.served_by_user_id
        left join agency a on a.id = u.agency_id
        where c.child_id = ?
        order by n.served_on, n.id
        """,
        (rs, i) ->
            new Served(
                rs.getDate("served_on").toLocalDate(),
                rs.getDate("expires_on").toLocalDate(),
                rs.getString("officer_name"),
                rs.getObject("served_by_user_id", UUID.class),
                rs.getObject("agency_id", UUID.class),
                rs.getString("agency_name") == null ? "" : rs.getString("agency_name")),
        childId);
  }

  private List<ChronologyEntry> entries(List<Served> served) {
    LocalDate today = LocalDate.now(clock.withZone(LanternTime.ZONE));
    List<ChronologyEntry> entries = new ArrayList<>();
    for (Served s : served) {
      entries.add(
          new ChronologyEntry(
              s.servedOn().atStartOfDay(LanternTime.ZONE).toInstant(),
              "intelligence.chronology.notice",
              s.agencyName(),
              messages.getMessage(
                  "intelligence.chronology.notice.title",
                  new Object[] {NoticeIndicators.Dates.text(s.servedOn()), s.officer()},
                  Locale.UK),
              null,
              List.of(),
              messages.getMessage(
                  s.expiresOn().isBefore(today)
                      ? "intelligence.chronology.notice.expired"
                      : "intelligence.chronology.notice.inForce",
                  new Object[] {NoticeIndicators.Dates.text(s.expiresOn())},
                  Locale.UK),
              null));
    }
    return entries;
  }
}
