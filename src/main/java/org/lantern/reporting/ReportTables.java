package org.lantern.reporting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;
import org.lantern.platform.disclosure.ControlledCount;
import org.lantern.platform.disclosure.ControlledTable;
import org.lantern.platform.disclosure.CountTable;
import org.lantern.platform.disclosure.DisclosureControl;
import org.lantern.platform.disclosure.Suppression;

/**
 * Turns a section's true counts for a period and a year earlier into what an audience sees: each
 * period's table controlled on its own (rows by districts, with the partnership as the row totals),
 * percentages, and changes hidden wherever either count is. Pure: no database.
 */
final class ReportTables {

  static final String NONE = "—";

  private final List<UUID> columns;
  private final List<List<Integer>> groups;
  private final @Nullable DisclosureControl control;
  private boolean anySuppressed;

  /**
   * @param columns the districts (and {@link ReportSection#NO_DISTRICT}), in the order shown
   * @param groups the local authorities shown before the districts: each the positions in {@code
   *     columns} of its districts. An authority's figure is the sum of its districts' and is hidden
   *     wherever one of theirs is, so it tells no more than the district columns do.
   */
  ReportTables(
      List<UUID> columns, List<List<Integer>> groups, @Nullable DisclosureControl control) {
    this.columns = List.copyOf(columns);
    this.groups = groups.stream().map(List::copyOf).toList();
    this.control = control;
  }

  boolean anySuppressed() {
    return anySuppressed;
  }

  /** A table's rows with their cells per area: the partnership first, then each column. */
  private record Grid(List<ReportSection.Row> rows, List<List<ControlledCount>> cells) {}

  PeriodReport.Figures figures(ReportSection.Table now, ReportSection.@Nullable Table then) {
    boolean breakdown = now.kind() == ReportSection.Kind.BREAKDOWN;
    Grid current = grid(now);
    Grid before = then == null || then.rows().size() != now.rows().size() ? null : grid(then);
    List<Long> denominators = denominators(now, current);
    List<PeriodReport.Line> lines = new ArrayList<>();
    List<PeriodReport.Bar> bars = new ArrayList<>();
    for (int r = 0; r < current.rows().size(); r++) {
      ReportSection.Row row = current.rows().get(r);
      boolean total = breakdown && r == current.rows().size() - 1;
      List<PeriodReport.Cell> cells = new ArrayList<>();
      for (int a = 0; a <= columns.size(); a++) {
        ControlledCount n = current.cells().get(r).get(a);
        ControlledCount y = before == null ? null : before.cells().get(r).get(a);
        ControlledCount base =
            denominators == null
                ? null
                : breakdown
                    ? current.cells().get(current.rows().size() - 1).get(a)
                    : controlled(denominators.get(a));
        cells.add(cell(n, y, base));
      }
      List<ControlledCount> nowCells = current.cells().get(r);
      List<ControlledCount> thenCells = before == null ? null : before.cells().get(r);
      for (int g = 0; g < groups.size(); g++) {
        List<Integer> in = groups.get(g);
        ControlledCount n = sum(in, i -> nowCells.get(i + 1));
        ControlledCount y = thenCells == null ? null : sum(in, i -> thenCells.get(i + 1));
        ControlledCount base =
            denominators == null
                ? null
                : breakdown
                    ? sum(in, i -> current.cells().get(current.rows().size() - 1).get(i + 1))
                    : controlled(in.stream().mapToLong(i -> denominators.get(i + 1)).sum());
        cells.add(1 + g, cell(n, y, base));
      }
      lines.add(new PeriodReport.Line(row.labelKey(), row.labelArgs(), total, cells));
      if (!total) {
        ControlledCount n = current.cells().get(r).get(0);
        ControlledCount y = before == null ? null : before.cells().get(r).get(0);
        bars.add(
            new PeriodReport.Bar(
                row.labelKey(),
                row.labelArgs(),
                n.suppressed() ? null : n.value(),
                y == null || y.suppressed() ? null : y.value(),
                0,
                0,
                bars.size()));
      }
    }
    return new PeriodReport.Figures(now.titleKey(), lines, chart(bars));
  }

  /** The sum of some counts, hidden when any of them is. */
  private static ControlledCount sum(List<Integer> columns, IntFunction<ControlledCount> cell) {
    long total = 0;
    for (int c : columns) {
      ControlledCount count = cell.apply(c);
      if (count.suppressed()) {
        return new ControlledCount(0, Suppression.SECONDARY);
      }
      total += count.value();
    }
    return ControlledCount.shown(total);
  }

  private static PeriodReport.Chart chart(List<PeriodReport.Bar> bars) {
    long max = 1;
    for (PeriodReport.Bar b : bars) {
      max = Math.max(max, Math.max(b.now() == null ? 0 : b.now(), b.then() == null ? 0 : b.then()));
    }
    List<PeriodReport.Bar> scaled = new ArrayList<>();
    for (PeriodReport.Bar b : bars) {
      scaled.add(
          new PeriodReport.Bar(
              b.labelKey(),
              b.labelArgs(),
              b.now(),
              b.then(),
              b.now() == null ? 0 : 100.0 * b.now() / max,
              b.then() == null ? 0 : 100.0 * b.then() / max,
              b.index()));
    }
    return new PeriodReport.Chart(scaled);
  }

  /** The true base of each area's percentages for a table of counts, or null for none. */
  private @Nullable List<Long> denominators(ReportSection.Table table, Grid grid) {
    if (table.kind() == ReportSection.Kind.BREAKDOWN) {
      return List.of();
    }
    ReportSection.Row base = table.base();
    if (base == null) {
      return null;
    }
    List<Long> values = new ArrayList<>();
    values.add(base.total());
    for (UUID c : columns) {
      values.add(base.in(c));
    }
    return values;
  }

  private ControlledCount controlled(long value) {
    return control == null ? ControlledCount.shown(value) : control.single(value);
  }

  private Grid grid(ReportSection.Table table) {
    List<ReportSection.Row> rows = new ArrayList<>(table.rows());
    if (table.kind() == ReportSection.Kind.BREAKDOWN) {
      Map<UUID, Long> sums = new HashMap<>();
      long total = 0;
      for (ReportSection.Row row : table.rows()) {
        for (UUID c : columns) {
          sums.merge(c, row.in(c), Long::sum);
        }
        total += row.total();
      }
      rows.add(new ReportSection.Row("report.total", List.of(), sums, total));
      return new Grid(rows, breakdown(table.rows()));
    }
    List<List<ControlledCount>> cells = new ArrayList<>();
    for (ReportSection.Row row : rows) {
      cells.add(counts(row));
    }
    return new Grid(rows, cells);
  }

  /** Rows × districts with row totals (the partnership) and column totals (the total row). */
  private List<List<ControlledCount>> breakdown(List<ReportSection.Row> rows) {
    long[][] cells = matrix(rows);
    CountTable table = CountTable.withTotals(cells);
    ControlledTable controlled = control == null ? null : control.apply(table);
    List<List<ControlledCount>> out = new ArrayList<>();
    for (int r = 0; r <= rows.size(); r++) {
      List<ControlledCount> line = new ArrayList<>();
      boolean totalRow = r == rows.size();
      if (controlled == null) {
        line.add(ControlledCount.shown(totalRow ? table.grandTotal() : table.rowTotal(r)));
        for (int c = 0; c < columns.size(); c++) {
          line.add(ControlledCount.shown(totalRow ? table.columnTotal(c) : table.cell(r, c)));
        }
      } else {
        line.add(totalRow ? controlled.grandTotal() : controlled.rowTotal(r));
        for (int c = 0; c < columns.size(); c++) {
          line.add(totalRow ? controlled.columnTotal(c) : controlled.cell(r, c));
        }
      }
      note(line);
      out.add(line);
    }
    return out;
  }

  /** One row of counts: controlled as a line with its total when the districts add up to it. */
  private List<ControlledCount> counts(ReportSection.Row row) {
    long[][] cells = matrix(List.of(row));
    long sum = 0;
    for (long v : cells[0]) {
      sum += v;
    }
    List<ControlledCount> line = new ArrayList<>();
    if (control != null && sum == row.total() && columns.size() > 0) {
      ControlledTable t = control.apply(CountTable.of(cells, true, false));
      line.add(t.rowTotal(0));
      for (int c = 0; c < columns.size(); c++) {
        line.add(t.cell(0, c));
      }
    } else {
      line.add(controlled(row.total()));
      for (int c = 0; c < columns.size(); c++) {
        line.add(controlled(cells[0][c]));
      }
    }
    note(line);
    return line;
  }

  private long[][] matrix(List<ReportSection.Row> rows) {
    long[][] cells = new long[rows.size()][Math.max(1, columns.size())];
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < columns.size(); c++) {
        cells[r][c] = rows.get(r).in(columns.get(c));
      }
    }
    return cells;
  }

  private void note(List<ControlledCount> line) {
    if (line.stream().anyMatch(ControlledCount::suppressed)) {
      anySuppressed = true;
    }
  }

  private static PeriodReport.Cell cell(
      ControlledCount now, @Nullable ControlledCount then, @Nullable ControlledCount base) {
    String percent;
    if (base == null) {
      percent = NONE;
    } else if (now.suppressed() || base.suppressed()) {
      percent = Suppression.SYMBOL;
    } else {
      percent = base.value() == 0 ? NONE : Math.round(100.0 * now.value() / base.value()) + "%";
    }
    String year = then == null ? NONE : then.display();
    String change;
    String changePercent;
    if (then == null) {
      change = NONE;
      changePercent = NONE;
    } else if (now.suppressed() || then.suppressed()) {
      change = Suppression.SYMBOL;
      changePercent = Suppression.SYMBOL;
    } else {
      long d = now.value() - then.value();
      change = signed(d);
      changePercent = then.value() == 0 ? NONE : signed(Math.round(100.0 * d / then.value())) + "%";
    }
    return new PeriodReport.Cell(
        now.display(), percent, year, change, changePercent, now.suppressed());
  }

  static String signed(long d) {
    return d > 0 ? "+" + d : d < 0 ? "−" + (-d) : "0";
  }
}
