package org.lantern.reporting;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A period data report as shown (page, CSV, PDF): for each section and table, each row's count in
 * the partnership and in each district with its percentage, the same period a year earlier, and the
 * change (count and percentage). Counts the audience may not see are "c", and so is every figure
 * worked out from one.
 *
 * @param threshold the audience's suppression threshold, or null when nothing is suppressed
 * @param asAt the data's date: records made after it are not counted, so running the report again
 *     with it gives the same figures
 */
public record PeriodReport(
    ReportPeriod period,
    ReportPeriod yearEarlier,
    Audience audience,
    @Nullable Integer threshold,
    Instant asAt,
    List<Area> areas,
    List<Section> sections,
    boolean anySuppressed) {

  /**
   * A column: the partnership (first), a local authority (all its districts; only when the
   * partnership has more than one), a district, or children with no district recorded.
   */
  public record Area(@Nullable String name, Kind kind) {
    public enum Kind {
      PARTNERSHIP,
      AUTHORITY,
      DISTRICT,
      NO_DISTRICT
    }
  }

  public record Section(String titleKey, List<Figures> tables) {}

  /** One table, and its chart (the partnership's rows, this period against a year earlier). */
  public record Figures(String titleKey, List<Line> lines, Chart chart) {}

  /** A row: its label and one cell per area, in the order of {@link PeriodReport#areas}. */
  public record Line(String labelKey, List<String> labelArgs, boolean total, List<Cell> cells) {
    public Cell partnership() {
      return cells.get(0);
    }

    /** The label's argument (an age, a month), or nothing. */
    public String arg() {
      return labelArgs.isEmpty() ? "" : labelArgs.get(0);
    }
  }

  /**
   * One area's figures for a row, as text.
   *
   * @param count this period ("c" when hidden)
   * @param percent of the table's total (or of its base), or "—" when there is none
   * @param yearEarlier the same period a year earlier
   * @param change this period less the year earlier, signed
   * @param changePercent the change as a percentage of the year earlier ("—" when that was 0)
   */
  public record Cell(
      String count,
      String percent,
      String yearEarlier,
      String change,
      String changePercent,
      boolean suppressed) {}

  /** A horizontal bar chart of the partnership's rows; a hidden count has no bar. */
  public record Chart(List<Bar> bars) {
    public int height() {
      return Bar.HEIGHT * bars.size() + 24;
    }
  }

  /**
   * One category's two bars (this period, a year earlier): lengths in per cent of the longest.
   *
   * @param now the count, or null when hidden
   * @param then the year earlier's count, or null when hidden
   */
  public record Bar(
      String labelKey,
      List<String> labelArgs,
      @Nullable Long now,
      @Nullable Long then,
      double nowLength,
      double thenLength,
      int index) {
    public static final int HEIGHT = 34;

    /** The label's argument (an age, a month), or nothing. */
    public String arg() {
      return labelArgs.isEmpty() ? "" : labelArgs.get(0);
    }

    public int y() {
      return index * HEIGHT + 4;
    }
  }
}
