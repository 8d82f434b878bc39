package org.lantern.reporting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToIntFunction;
import org.jspecify.annotations.Nullable;
import org.lantern.people.PlacementType;
import org.lantern.people.Responsibility;
import org.lantern.people.Sex;
import org.lantern.platform.disclosure.ControlledCount;
import org.lantern.platform.disclosure.ControlledTable;
import org.lantern.platform.disclosure.DisclosureControl;
import org.lantern.platform.disclosure.Suppression;
import org.lantern.risk.RiskLevel;

/**
 * A round's figures as the report card shows them: each table with this round, the previous round
 * and the same round a year earlier, and the changes. With a {@link DisclosureControl} (the
 * wider-circulation version) each round's tables are suppressed on their own, and a change is
 * hidden when either count it is worked from is. Pure: no database.
 */
public final class ReportFigures {

  /** A message key, named so for the messages test. */
  public record Key(String messageKey) {}

  /** One shown value: the text, and whether it stands for a hidden count. */
  public record Cell(String text, boolean suppressed) {
    static final Cell NONE = new Cell("—", false);
  }

  /** A category's row: this round, previous, change, a year earlier, change. */
  public record Line(
      Key label,
      Cell current,
      Cell previous,
      Cell sincePrevious,
      Cell yearEarlier,
      Cell sinceYear) {}

  /** A table: its title, its categories and its total (null for single counts). */
  public record Table(Key title, List<Line> lines, @Nullable Line total) {}

  private final List<Table> tables;
  private final boolean anySuppressed;

  private ReportFigures(List<Table> tables, boolean anySuppressed) {
    this.tables = List.copyOf(tables);
    this.anySuppressed = anySuppressed;
  }

  public List<Table> tables() {
    return tables;
  }

  /** Whether any count is hidden (then the footnote on "c" is shown). */
  public boolean anySuppressed() {
    return anySuppressed;
  }

  /** A table's categories: their message keys and which one a child falls in. */
  private record Categories(Key title, List<Key> labels, ToIntFunction<Counted> of) {}

  /** A child with the day of its round, so age bands are on that day. */
  private record Counted(CountedChild child, RoundCounts round) {}

  private static final RiskLevel[] LEVELS = {
    RiskLevel.HIGH, RiskLevel.MEDIUM, RiskLevel.LOW, RiskLevel.NONE
  };

  private static final List<Categories> CATEGORIES =
      List.of(
          new Categories(
              new Key("report.table.level"),
              Arrays.stream(LEVELS).map(l -> new Key(l.messageKey())).toList(),
              c -> Arrays.asList(LEVELS).indexOf(c.child().level())),
          new Categories(
              new Key("report.table.stage"),
              Arrays.stream(CountedChild.Stage.values())
                  .map(s -> new Key("report.stage" + "." + s.name()))
                  .toList(),
              c -> c.child().stage().ordinal()),
          new Categories(
              new Key("report.table.sex"),
              Arrays.stream(Sex.values()).map(s -> new Key(s.messageKey())).toList(),
              c -> c.child().sex().ordinal()),
          new Categories(
              new Key("report.table.age"),
              Arrays.stream(CountedChild.AgeBand.values())
                  .map(a -> new Key("report.age" + "." + a.name()))
                  .toList(),
              c -> c.child().ageBand(c.round().meetingOn()).ordinal()),
          new Categories(
              new Key("report.table.placement"),
              placementLabels(),
              c ->
                  c.child().placement() == null
                      ? PlacementType.values().length
                      : c.child().placement().ordinal()),
          new Categories(
              new Key("report.table.responsibility"),
              responsibilityLabels(),
              c ->
                  c.child().responsibility() == null
                      ? Responsibility.values().length
                      : c.child().responsibility().ordinal()));

  private static List<Key> responsibilityLabels() {
    List<Key> labels = new ArrayList<>();
    for (Responsibility r : Responsibility.values()) {
      labels.add(new Key(r.messageKey()));
    }
    labels.add(new Key("report.placement.NOT_RECORDED"));
    return labels;
  }

  private static List<Key> placementLabels() {
    List<Key> labels = new ArrayList<>();
    for (PlacementType p : PlacementType.values()) {
      labels.add(new Key(p.messageKey()));
    }
    labels.add(new Key("report.placement.NOT_RECORDED"));
    return labels;
  }

  /**
   * The figures of a round.
   *
   * @param previous the district's round before this one, or null
   * @param yearEarlier the district's round nearest a year before, or null
   * @param control disclosure control for the wider-circulation version, or null for full counts
   */
  public static ReportFigures of(
      RoundCounts current,
      @Nullable RoundCounts previous,
      @Nullable RoundCounts yearEarlier,
      @Nullable DisclosureControl control) {
    List<Table> tables = new ArrayList<>();
    boolean[] suppressed = {false};
    for (Categories categories : CATEGORIES) {
      Column now = column(categories, current, control);
      Column before = previous == null ? null : column(categories, previous, control);
      Column year = yearEarlier == null ? null : column(categories, yearEarlier, control);
      suppressed[0] |= now.anySuppressed();
      List<Line> lines = new ArrayList<>();
      for (int i = 0; i < categories.labels().size(); i++) {
        lines.add(line(categories.labels().get(i), now.cell(i), at(before, i), at(year, i)));
      }
      Line total =
          line(
              new Key("report.total"),
              now.total(),
              before == null ? null : before.total(),
              year == null ? null : year.total());
      tables.add(new Table(categories.title(), lines, total));
    }
    List<Line> singles = new ArrayList<>();
    singles.add(
        single(
            new Key("report.escalations"),
            current.escalations(),
            previous == null ? null : previous.escalations(),
            yearEarlier == null ? null : yearEarlier.escalations(),
            control,
            suppressed));
    singles.add(
        single(
            new Key("report.overdueActions"),
            current.overdueActions(),
            previous == null ? null : previous.overdueActions(),
            yearEarlier == null ? null : yearEarlier.overdueActions(),
            control,
            suppressed));
    tables.add(new Table(new Key("report.table.actions"), singles, null));
    return new ReportFigures(tables, suppressed[0]);
  }

  /** One round's counts for a table, controlled or not. */
  private record Column(List<ControlledCount> cells, ControlledCount total) {
    ControlledCount cell(int i) {
      return cells.get(i);
    }

    boolean anySuppressed() {
      return total.suppressed() || cells.stream().anyMatch(ControlledCount::suppressed);
    }
  }

  private static Column column(
      Categories categories, RoundCounts round, @Nullable DisclosureControl control) {
    long[] counts = new long[categories.labels().size()];
    for (CountedChild child : round.children()) {
      counts[categories.of().applyAsInt(new Counted(child, round))]++;
    }
    if (control == null) {
      List<ControlledCount> cells = Arrays.stream(counts).mapToObj(ControlledCount::shown).toList();
      return new Column(cells, ControlledCount.shown(Arrays.stream(counts).sum()));
    }
    ControlledTable table = control.column(counts);
    List<ControlledCount> cells = new ArrayList<>();
    for (int i = 0; i < counts.length; i++) {
      cells.add(table.cell(i, 0));
    }
    return new Column(cells, table.columnTotal(0));
  }

  private static @Nullable ControlledCount at(@Nullable Column column, int i) {
    return column == null ? null : column.cell(i);
  }

  private static Line single(
      Key label,
      long now,
      @Nullable Long before,
      @Nullable Long year,
      @Nullable DisclosureControl control,
      boolean[] suppressed) {
    ControlledCount n = count(now, control);
    suppressed[0] |= n.suppressed();
    return line(
        label,
        n,
        before == null ? null : count(before, control),
        year == null ? null : count(year, control));
  }

  private static ControlledCount count(long value, @Nullable DisclosureControl control) {
    return control == null ? ControlledCount.shown(value) : control.single(value);
  }

  private static Line line(
      Key label,
      ControlledCount now,
      @Nullable ControlledCount before,
      @Nullable ControlledCount year) {
    return new Line(
        label, cell(now), cell(before), change(now, before), cell(year), change(now, year));
  }

  private static Cell cell(@Nullable ControlledCount count) {
    return count == null ? Cell.NONE : new Cell(count.display(), count.suppressed());
  }

  /** The change from then to now; hidden when either is, so a hidden count cannot be derived. */
  private static Cell change(ControlledCount now, @Nullable ControlledCount then) {
    if (then == null) {
      return Cell.NONE;
    }
    if (now.suppressed() || then.suppressed()) {
      return new Cell(Suppression.SYMBOL, true);
    }
    long d = now.value() - then.value();
    return new Cell(d > 0 ? "+" + d : d < 0 ? "−" + (-d) : "0", false);
  }
}
