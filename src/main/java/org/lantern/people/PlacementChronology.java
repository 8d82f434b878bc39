package org.lantern.people;

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
import org.lantern.platform.LanternTime;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A child's placements on their chronology: each start and end, and each time another authority's
 * contact was told of one, for those who may see the child's details.
 */
@Component
class PlacementChronology implements ChronologySource {

  private final JdbcClient sql;

  private final PlacementRows rows;
  private final MessageSource messages;

  PlacementChronology(PlacementRows rows, MessageSource messages, JdbcClient sql) {
    this.sql = sql;
    this.rows = rows;
    this.messages = messages;
  }

  @Override
  public Section section() {
    return Section.IDENTITY;
  }

  @Override
  public Map<UUID, Instant> latestAt(Collection<UUID> childIds) {
    return ChronologySource.newest(
        sql,
        childIds,
        "select child_id, max(started_on) from child_placement where child_id in (:ids) group by child_id",
        "select child_id, max(ended_on) from child_placement where child_id in (:ids) group by child_id",
        "select child_id, max(recorded_at) from child_placement_notice where child_id in (:ids) group by child_id");
  }

  @Override
  public List<ChronologyEntry> entriesFor(UUID childId, CurrentUser viewer) {
    List<ChronologyEntry> entries = new ArrayList<>();
    for (ChildPlacement p : rows.history(childId)) {
      String what = describe(p);
      String authority = p.authority() == null ? "" : p.authority().name();
      entries.add(entry(p.startedOn(), "placement.chronology.started", authority, what));
      if (p.endedOn() != null) {
        entries.add(entry(p.endedOn(), "placement.chronology.ended", authority, what));
      }
    }
    for (PlacementRows.Notice n : rows.notices(childId)) {
      entries.add(
          new ChronologyEntry(
              n.at(),
              "placement.chronology.notice",
              n.authorityName(),
              text(
                  n.event() == PlacementNoticeDue.Event.STARTED
                      ? "placement.chronology.notice.STARTED"
                      : "placement.chronology.notice.ENDED",
                  n.authorityName(),
                  orBlank(n.contactName()),
                  n.contactEmail() == null
                      ? text("placement.chronology.notice.noEmail")
                      : text("placement.chronology.notice.email", n.contactEmail())),
              null,
              List.of(),
              null,
              null));
    }
    return entries;
  }

  private ChronologyEntry entry(LocalDate on, String key, String authority, String what) {
    return new ChronologyEntry(
        on.atStartOfDay(LanternTime.ZONE).toInstant(),
        "placement.chronology.kind",
        authority,
        text(key, what),
        null,
        List.of(),
        null,
        null);
  }

  private String describe(ChildPlacement p) {
    String type = text(p.type().messageKey());
    return p.responsibility().otherAuthority() && p.authority() != null
        ? text(
            "placement.chronology.with",
            type,
            text(p.responsibility().messageKey()),
            p.authority().name())
        : type;
  }

  private static String orBlank(@Nullable String s) {
    return s == null ? "" : s;
  }

  private String text(String key, Object... args) {
    return messages.getMessage(key, args, Locale.UK);
  }
}
