package org.lantern.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.lantern.people.PlacementType;
import org.lantern.people.Responsibility;
import org.lantern.people.Sex;
import org.lantern.platform.disclosure.DisclosureControl;
import org.lantern.reporting.CountedChild.Stage;
import org.lantern.risk.RiskLevel;

/**
 * A hand-counted round of 35 children against the previous round of 34. Full counts for the panel;
 * the wider version with counts of 1 to 4 hidden and a second count hidden in each table where one
 * is.
 */
class ReportFiguresTests {

  static final LocalDate MEETING = LocalDate.of(2026, 11, 10);

  //  group  n   level   stage       sex  born (age on 10/11/2026)  placement
  //  A     12   HIGH    CONTINUING  F    2011-06-01 (15)           foster care
  //  B     15   MEDIUM  CONTINUING  F    2014-06-01 (12)           family home
  //  C      5   MEDIUM  NEW         M    2009-06-01 (17)           residential, placed here by
  // another
  //                                                                authority
  //  D      3   LOW     CLOSED      M    not known                 not recorded
  static RoundCounts current() {
    List<CountedChild> children = new ArrayList<>();
    children.addAll(
        n(
            12,
            child(
                RiskLevel.HIGH,
                Stage.CONTINUING,
                Sex.FEMALE,
                "2011-06-01",
                PlacementType.FOSTER_CARE)));
    children.addAll(
        n(
            15,
            child(
                RiskLevel.MEDIUM,
                Stage.CONTINUING,
                Sex.FEMALE,
                "2014-06-01",
                PlacementType.FAMILY_HOME)));
    children.addAll(
        n(
            5,
            child(
                RiskLevel.MEDIUM,
                Stage.NEW,
                Sex.MALE,
                "2009-06-01",
                PlacementType.RESIDENTIAL,
                Responsibility.PLACED_HERE_BY_ANOTHER_AUTHORITY)));
    children.addAll(n(3, child(RiskLevel.LOW, Stage.CLOSED, Sex.MALE, null, null)));
    return new RoundCounts(MEETING, children, 2, 7);
  }

  // previous round (15/09/2026): 10 high, 18 medium, 6 low; no escalation; 4 overdue actions
  static RoundCounts previous() {
    List<CountedChild> children = new ArrayList<>();
    children.addAll(
        n(
            10,
            child(
                RiskLevel.HIGH,
                Stage.CONTINUING,
                Sex.FEMALE,
                "2011-06-01",
                PlacementType.FOSTER_CARE)));
    children.addAll(
        n(
            18,
            child(
                RiskLevel.MEDIUM, Stage.NEW, Sex.FEMALE, "2014-06-01", PlacementType.FAMILY_HOME)));
    children.addAll(n(6, child(RiskLevel.LOW, Stage.CLOSED, Sex.MALE, null, null)));
    return new RoundCounts(LocalDate.of(2026, 9, 15), children, 0, 4);
  }

  @Test
  void fullCountsWithChangeSinceThePreviousRound() {
    ReportFigures full = ReportFigures.of(current(), previous(), null, null);

    assertThat(rows(full, "report.table.level", Column.CURRENT))
        .containsExactly("12", "20", "3", "0", "35");
    assertThat(rows(full, "report.table.level", Column.PREVIOUS))
        .containsExactly("10", "18", "6", "0", "34");
    assertThat(rows(full, "report.table.level", Column.SINCE_PREVIOUS))
        .containsExactly("+2", "+2", "−3", "0", "+1");
    assertThat(rows(full, "report.table.level", Column.YEAR)).containsOnly("—");
    assertThat(rows(full, "report.table.stage", Column.CURRENT))
        .containsExactly("5", "27", "3", "35");
    assertThat(rows(full, "report.table.sex", Column.CURRENT))
        .containsExactly("27", "8", "0", "35");
    // under 10, 10-12, 13-15, 16-17, 18 and over, not known
    assertThat(rows(full, "report.table.age", Column.CURRENT))
        .containsExactly("0", "15", "12", "5", "0", "3", "35");
    // family home, foster, residential, supported, secure, other, not recorded
    assertThat(rows(full, "report.table.placement", Column.CURRENT))
        .containsExactly("15", "12", "5", "0", "0", "0", "3", "35");
    // ours, placed here by another authority, ours placed elsewhere, not recorded
    assertThat(rows(full, "report.table.responsibility", Column.CURRENT))
        .containsExactly("27", "5", "0", "3", "35");
    assertThat(rows(full, "report.table.actions", Column.CURRENT)).containsExactly("2", "7");
    assertThat(rows(full, "report.table.actions", Column.SINCE_PREVIOUS))
        .containsExactly("+2", "+3");
    assertThat(full.anySuppressed()).isFalse();
  }

  @Test
  void theWiderVersionHidesSmallCountsAndWhatWouldGiveThemAway() {
    ReportFigures wider = ReportFigures.of(current(), previous(), null, new DisclosureControl(5));

    // low 3 is small; high 12 is the next smallest non-zero count, hidden so 3 = 35 - 20 - 0 - x
    assertThat(rows(wider, "report.table.level", Column.CURRENT))
        .containsExactly("c", "20", "c", "0", "35");
    assertThat(rows(wider, "report.table.level", Column.PREVIOUS))
        .containsExactly("10", "18", "6", "0", "34");
    // a change worked from a hidden count would give it away
    assertThat(rows(wider, "report.table.level", Column.SINCE_PREVIOUS))
        .containsExactly("c", "+2", "c", "0", "+1");
    // closed 3 is small; new 5 goes with it
    assertThat(rows(wider, "report.table.stage", Column.CURRENT))
        .containsExactly("c", "27", "c", "35");
    assertThat(rows(wider, "report.table.sex", Column.CURRENT))
        .containsExactly("27", "8", "0", "35");
    // not known 3; then 16-17 (5), the smallest other
    assertThat(rows(wider, "report.table.age", Column.CURRENT))
        .containsExactly("0", "15", "12", "c", "0", "c", "35");
    assertThat(rows(wider, "report.table.placement", Column.CURRENT))
        .containsExactly("15", "12", "c", "0", "0", "0", "c", "35");
    assertThat(rows(wider, "report.table.responsibility", Column.CURRENT))
        .containsExactly("27", "c", "0", "c", "35");
    // escalations 2 are hidden; overdue 7 is shown but its change is not (4 before is hidden)
    assertThat(rows(wider, "report.table.actions", Column.CURRENT)).containsExactly("c", "7");
    assertThat(rows(wider, "report.table.actions", Column.PREVIOUS)).containsExactly("0", "c");
    assertThat(rows(wider, "report.table.actions", Column.SINCE_PREVIOUS))
        .containsExactly("c", "c");
    assertThat(wider.anySuppressed()).isTrue();
  }

  @Test
  void theSameRoundAYearEarlierIsComparedToo() {
    ReportFigures full = ReportFigures.of(current(), null, previous(), null);
    assertThat(rows(full, "report.table.level", Column.PREVIOUS)).containsOnly("—");
    assertThat(rows(full, "report.table.level", Column.YEAR))
        .containsExactly("10", "18", "6", "0", "34");
    assertThat(rows(full, "report.table.level", Column.SINCE_YEAR))
        .containsExactly("+2", "+2", "−3", "0", "+1");
  }

  @Test
  void agesAreCountedOnTheDayOfTheRound() {
    CountedChild child = child(RiskLevel.HIGH, Stage.NEW, Sex.FEMALE, "2010-11-10", null);
    assertThat(child.ageBand(MEETING)).isEqualTo(CountedChild.AgeBand.AGED_16_TO_17);
    assertThat(child.ageBand(MEETING.minusDays(1))).isEqualTo(CountedChild.AgeBand.AGED_13_TO_15);
  }

  enum Column {
    CURRENT,
    PREVIOUS,
    SINCE_PREVIOUS,
    YEAR,
    SINCE_YEAR
  }

  static List<String> rows(ReportFigures figures, String table, Column column) {
    ReportFigures.Table t =
        figures.tables().stream()
            .filter(x -> x.title().messageKey().equals(table))
            .findFirst()
            .orElseThrow();
    List<ReportFigures.Line> lines = new ArrayList<>(t.lines());
    if (t.total() != null) {
      lines.add(t.total());
    }
    return lines.stream()
        .map(
            l ->
                switch (column) {
                  case CURRENT -> l.current();
                  case PREVIOUS -> l.previous();
                  case SINCE_PREVIOUS -> l.sincePrevious();
                  case YEAR -> l.yearEarlier();
                  case SINCE_YEAR -> l.sinceYear();
                })
        .map(ReportFigures.Cell::text)
        .toList();
  }

  static CountedChild child(
      RiskLevel level,
      Stage stage,
      Sex sex,
      @Nullable String born,
      @Nullable PlacementType placement) {
    return child(
        level, stage, sex, born, placement, placement == null ? null : Responsibility.OURS);
  }

  static CountedChild child(
      RiskLevel level,
      Stage stage,
      Sex sex,
      @Nullable String born,
      @Nullable PlacementType placement,
      @Nullable Responsibility responsibility) {
    return new CountedChild(
        level, stage, sex, born == null ? null : LocalDate.parse(born), placement, responsibility);
  }

  static List<CountedChild> n(int n, CountedChild child) {
    return Collections.nCopies(n, child);
  }
}
