package org.lantern.reporting;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A part of the partnership's period data report that a module owns: its figures for a period, per
 * district. Reporting finds every implementation by type, asks each for the period and for the same
 * period a year earlier, works out percentages and changes, and applies the audience's disclosure
 * control; a section returns true counts only, and no child is ever named.
 *
 * <p>A section counts from dated records, so that asking again for the same period and the same
 * {@link Scope#asAt} gives the same figures: records made after {@code asAt} are left out.
 */
public interface ReportSection {

  /** Stands for "no district recorded" in {@link Row#byDistrict}. */
  UUID NO_DISTRICT = new UUID(0, 0);

  /** Where this section comes in the report (lower first; reporting's own are 10 and 20). */
  int order();

  /** The message key of the section's heading. */
  String titleKey();

  /** The section's tables for one period. */
  List<Table> tables(Scope scope);

  /**
   * The section's tables for each of these periods, in the same order, with the same data date. By
   * default each is counted on its own; a section may count them all in one pass over its tables,
   * which must give what {@link #tables(Scope)} gives for each (and then say so in {@link
   * #periodsTogether()}).
   */
  default List<List<Table>> tables(List<Scope> scopes) {
    return scopes.stream().map(this::tables).toList();
  }

  /**
   * Whether the report should ask for its period and the year earlier in one call of {@link
   * #tables(List)} (the section counts both in one pass) rather than one {@link #tables(Scope)}
   * each, which the report may count at the same time on separate threads and connections, each in
   * a read-only transaction of its own. Either way a section must only read.
   */
  default boolean periodsTogether() {
    return false;
  }

  /** What is asked for: the partnership, the period, and the data's date. */
  record Scope(UUID partnershipId, ReportPeriod period, Instant asAt) {
    public Instant start() {
      return period.start();
    }

    public Instant end() {
      return period.end();
    }
  }

  /** How a table's rows relate. */
  enum Kind {
    /** Each counted thing is in exactly one row: a total row is added, percentages of it. */
    BREAKDOWN,
    /** Rows are counts on their own: percentages of {@link Table#base} if given, else none. */
    COUNTS
  }

  /**
   * One table.
   *
   * @param base the row that percentages of a {@link Kind#COUNTS} table are of (children at risk,
   *     say), or null for none
   */
  record Table(String titleKey, Kind kind, List<Row> rows, @Nullable Row base) {
    public Table {
      rows = List.copyOf(rows);
    }
  }

  /**
   * One row: its label (a message key and its arguments), the count per district ({@link
   * #NO_DISTRICT} for none recorded; a district not in the map counts 0) and the partnership's
   * total (the sum, unless one thing can count in two districts).
   */
  record Row(String labelKey, List<String> labelArgs, Map<UUID, Long> byDistrict, long total) {
    public Row {
      labelArgs = List.copyOf(labelArgs);
      byDistrict = Map.copyOf(byDistrict);
    }

    /** A row whose total is the sum of its districts. */
    public static Row summed(String labelKey, Map<UUID, Long> byDistrict) {
      return new Row(
          labelKey,
          List.of(),
          byDistrict,
          byDistrict.values().stream().mapToLong(Long::longValue).sum());
    }

    public long in(UUID districtId) {
      return byDistrict.getOrDefault(districtId, 0L);
    }
  }
}
