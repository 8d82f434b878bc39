package org.lantern.people;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.CurrentUser;
import org.lantern.access.SectionAccess;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A module that contributes entries to a child's chronology (concerns today; screenings, panels and
 * missing episodes as they arrive). Called only after the access policy allowed the view, with the
 * viewer's scope of {@link #section()}.
 */
public interface ChronologySource extends FilePart {

  /**
   * The entries as a viewer who may see the whole section reads them: a source leaves out of an
   * entry whatever its own rules keep from this person (the outcome of a phone referral they have
   * not yet confirmed).
   */
  List<ChronologyEntry> entriesFor(UUID childId, CurrentUser viewer);

  /**
   * The entries as this viewer may read them. By default all of them to those who may see the whole
   * section, none to anyone else; a source that can show part of its section overrides this.
   */
  default List<ChronologyEntry> entriesFor(UUID childId, CurrentUser viewer, SectionAccess access) {
    return access.all() ? entriesFor(childId, viewer) : List.of();
  }

  /**
   * For each child, a time no entry of theirs from this source is later than (the newest entry's,
   * read by one cheap query for all the children); a child with no entry here is left out. Lets a
   * caller that wants only the newest entries skip the sources that cannot hold one. {@code null}
   * (the default) means this source does not say, and is always read.
   */
  default @Nullable Map<UUID, Instant> latestAt(Collection<UUID> childIds) {
    return null;
  }

  /**
   * For {@link #latestAt}: runs each query, whose rows are a child's id and a time (a timestamp, or
   * a date, counted as the end of that day: a bound may be late, never early) with the children as
   * {@code :ids}; the latest time of each child over them all.
   */
  static Map<UUID, Instant> newest(JdbcClient jdbc, Collection<UUID> childIds, String... queries) {
    Map<UUID, Instant> newest = new HashMap<>();
    if (childIds.isEmpty()) {
      return newest;
    }
    for (String sql : queries) {
      jdbc.sql(sql)
          .param("ids", childIds)
          .query(
              rs -> {
                Instant at = endOf(rs.getObject(2));
                if (at != null) {
                  newest.merge(rs.getObject(1, UUID.class), at, (a, b) -> a.isAfter(b) ? a : b);
                }
              });
    }
    return newest;
  }

  private static @Nullable Instant endOf(@Nullable Object value) {
    return switch (value) {
      case null -> null;
      case Timestamp t -> t.toInstant();
      case OffsetDateTime t -> t.toInstant();
      case Instant t -> t;
      case Date d -> d.toLocalDate().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
      case LocalDate d -> d.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
      default -> throw new IllegalStateException("not a time: " + value.getClass());
    };
  }
}
