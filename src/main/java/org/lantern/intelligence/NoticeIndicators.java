package org.lantern.intelligence;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.lantern.access.CurrentUser;
import org.lantern.people.FileIndicator;
import org.lantern.people.FilePartSource;
import org.lantern.platform.LanternTime;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The indicators a notice puts on children's files while it is in force (until its expiry date,
 * inclusive): "named on a notice" on each child it names, and "linked to an adult served with a
 * notice" on every other child linked to the adult served, saying how the child is linked. A child
 * is linked to an adult when the adult's person record is linked to the child through any {@link
 * LinkSource}: named on another notice served on him, found with him at the end of a missing
 * episode, named in a concern about the child, or recorded as intelligence. The adult himself is
 * not named on the file.
 */
@Component
class NoticeIndicators implements FilePartSource {

  private final JdbcTemplate jdbc;
  private final MessageSource messages;
  private final Clock clock;

  NoticeIndicators(JdbcTemplate jdbc, MessageSource messages, Clock clock) {
    this.jdbc = jdbc;
    this.messages = messages;
    this.clock = clock;
  }

  @Override
  public List<FileIndicator> indicatorsFor(UUID childId, CurrentUser viewer) {
    Date today = Date.valueOf(LocalDate.now(clock.withZone(LanternTime.ZONE)));
    List<FileIndicator> indicators = new ArrayList<>();
    jdbc.query(
        """
        select n.served_on, n.expires_on from abduction_notice n
        join abduction_notice_child c on c.notice_id = n.id
        where c.child_id = ? and n.expires_on >= ? order by n.served_on
        """,
        rs -> {
          indicators.add(
              new FileIndicator(
                  "intelligence.indicator.named",
                  List.of(
                      Dates.text(rs.getDate("served_on").toLocalDate()),
                      Dates.text(rs.getDate("expires_on").toLocalDate())),
                  true,
                  null));
        },
        childId,
        today);
    Map<UUID, LocalDate> served = new LinkedHashMap<>();
    Map<UUID, Set<LinkSource>> how = new HashMap<>();
    jdbc.query(
        """
        select distinct n.id, n.served_on, l.source from abduction_notice n
        join adult_child_link l on l.adult_id = n.adult_id
        where l.child_id = ? and n.expires_on >= ?
          and not exists (select 1 from abduction_notice_child c
                          where c.notice_id = n.id and c.child_id = ?)
        order by n.served_on, n.id
        """,
        rs -> {
          UUID notice = rs.getObject("id", UUID.class);
          served.put(notice, rs.getDate("served_on").toLocalDate());
          how.computeIfAbsent(notice, k -> EnumSet.noneOf(LinkSource.class))
              .add(LinkSource.valueOf(rs.getString("source")));
        },
        childId,
        today,
        childId);
    served.forEach(
        (notice, on) ->
            indicators.add(
                new FileIndicator(
                    "intelligence.indicator.linked",
                    List.of(Dates.text(on), sources(how.get(notice))),
                    true,
                    null)));
    return indicators;
  }

  /** How the child is linked to the adult, in words: "named in a concern; police intelligence". */
  private String sources(Set<LinkSource> sources) {
    return sources.stream()
        .map(s -> messages.getMessage(s.messageKey(), null, Locale.UK))
        .collect(Collectors.joining("; "));
  }

  /** Dates as indicators show them. */
  static final class Dates {
    private static final DateTimeFormatter FORMAT =
        DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Dates() {}

    static String text(LocalDate date) {
      return FORMAT.format(date);
    }
  }
}
