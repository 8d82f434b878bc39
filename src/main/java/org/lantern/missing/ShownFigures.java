package org.lantern.missing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;
import org.lantern.platform.FinancialQuarter;
import org.lantern.platform.disclosure.ControlledCount;
import org.lantern.platform.disclosure.ControlledTable;
import org.lantern.platform.disclosure.DisclosureControl;

/**
 * A quarter's figures as they may be shown: every count, or (for wider circulation) with small
 * counts hidden as "c" and, in each column, a second count hidden where the total would give one
 * away. Districts are the rows, each measure a column with the partnership's total.
 *
 * @param published whether disclosure control was applied
 * @param anySuppressed whether any count is hidden (then the page carries the footnote)
 */
public record ShownFigures(
    FinancialQuarter quarter,
    List<Line> districts,
    Line total,
    boolean published,
    boolean anySuppressed,
    int threshold) {

  /** One district (or all of them: {@code district} null). */
  public record Line(
      @Nullable String district,
      ControlledCount notifications,
      ControlledCount children,
      ControlledCount returned,
      ControlledCount offered,
      ControlledCount completed,
      ControlledCount withinWindow,
      List<Factor> topFactors,
      ControlledCount fromSchool,
      ControlledCount childrenFromSchool) {}

  public record Factor(String label, ControlledCount count) {}

  /** Every count shown, for those who work the cases. */
  static ShownFigures full(MissingFigures.Figures f) {
    List<Line> lines = new ArrayList<>();
    for (MissingFigures.Line l : f.districts()) {
      lines.add(full(l));
    }
    return new ShownFigures(f.quarter(), lines, full(f.total()), false, false, 1);
  }

  private static Line full(MissingFigures.Line l) {
    return new Line(
        l.district(),
        ControlledCount.shown(l.notifications()),
        ControlledCount.shown(l.children()),
        ControlledCount.shown(l.returned()),
        ControlledCount.shown(l.offered()),
        ControlledCount.shown(l.completed()),
        ControlledCount.shown(l.withinWindow()),
        l.topFactors().stream()
            .map(t -> new Factor(t.label(), ControlledCount.shown(t.count())))
            .toList(),
        ControlledCount.shown(l.fromSchool()),
        ControlledCount.shown(l.childrenFromSchool()));
  }

  /**
   * For wider circulation. Each measure is controlled as a column of districts with its total. A
   * child can be counted in two districts (they moved), so a column of children may not add up to
   * the partnership's total: then that total cannot give a district's count away, and only its own
   * size decides whether it is shown. A factor's count stands alone.
   */
  static ShownFigures published(MissingFigures.Figures f, DisclosureControl control) {
    List<MissingFigures.Line> d = f.districts();
    Column notifications = column(control, d, f.total(), MissingFigures.Line::notifications);
    Column children = column(control, d, f.total(), MissingFigures.Line::children);
    Column returned = column(control, d, f.total(), MissingFigures.Line::returned);
    Column offered = column(control, d, f.total(), MissingFigures.Line::offered);
    Column completed = column(control, d, f.total(), MissingFigures.Line::completed);
    Column within = column(control, d, f.total(), MissingFigures.Line::withinWindow);
    Column school = column(control, d, f.total(), MissingFigures.Line::fromSchool);
    Column schoolChildren = column(control, d, f.total(), MissingFigures.Line::childrenFromSchool);
    List<Column> all =
        List.of(
            notifications, children, returned, offered, completed, within, school, schoolChildren);
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i <= d.size(); i++) {
      MissingFigures.Line source = i < d.size() ? d.get(i) : f.total();
      lines.add(
          new Line(
              source.district(),
              notifications.at(i),
              children.at(i),
              returned.at(i),
              offered.at(i),
              completed.at(i),
              within.at(i),
              source.topFactors().stream()
                  .map(t -> new Factor(t.label(), control.single(t.count())))
                  .toList(),
              school.at(i),
              schoolChildren.at(i)));
    }
    boolean anySuppressed =
        all.stream().anyMatch(Column::anySuppressed)
            || lines.stream()
                .flatMap(l -> l.topFactors().stream())
                .anyMatch(x -> x.count().suppressed());
    Line total = lines.removeLast();
    return new ShownFigures(f.quarter(), lines, total, true, anySuppressed, control.threshold());
  }

  /** A measure's controlled counts: the districts in order, then the total. */
  private record Column(List<ControlledCount> counts) {
    ControlledCount at(int i) {
      return counts.get(i);
    }

    boolean anySuppressed() {
      return counts.stream().anyMatch(ControlledCount::suppressed);
    }
  }

  private static Column column(
      DisclosureControl control,
      List<MissingFigures.Line> districts,
      MissingFigures.Line total,
      ToLongFunction<MissingFigures.Line> measure) {
    long[] values = districts.stream().mapToLong(measure).toArray();
    long trueTotal = measure.applyAsLong(total);
    List<ControlledCount> counts = new ArrayList<>();
    if (values.length == 0) {
      counts.add(control.single(trueTotal));
      return new Column(counts);
    }
    ControlledTable table = control.column(values);
    for (int r = 0; r < values.length; r++) {
      counts.add(table.cell(r, 0));
    }
    long sum = Arrays.stream(values).sum();
    counts.add(sum == trueTotal ? table.columnTotal(0) : control.single(trueTotal));
    return new Column(counts);
  }
}
