package org.lantern.platform.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hand-computed tables: what is hidden, and why. "c" marks a hidden count. */
class DisclosureControlTests {

  private final DisclosureControl five = new DisclosureControl(5);

  @ParameterizedTest
  @CsvSource({"0, 0", "1, c", "4, c", "5, 5", "12, 12"})
  void aSingleCountIsHiddenFromOneToFour(long count, String shown) {
    assertThat(five.single(count).display()).isEqualTo(shown);
  }

  @Test
  void theThresholdIsConfigurable() {
    DisclosureControl ten = new DisclosureControl(10);
    assertThat(ten.single(9).display()).isEqualTo("c");
    assertThat(ten.single(10).display()).isEqualTo("10");
    assertThat(new DisclosureControl(1).column(1, 2, 0).anySuppressed()).isFalse();
    assertThatThrownBy(() -> new DisclosureControl(0)).isInstanceOf(IllegalArgumentException.class);
    assertThat(new DisclosureSettings(5).control().threshold()).isEqualTo(5);
  }

  @Test
  void oneSmallCountInAColumnHidesTheNextSmallestNonZeroToo() {
    // 3 + 0 + 10 + 20 = 33: hiding 3 alone gives it away (33 - 0 - 10 - 20); 10 goes too, 0 stays
    ControlledTable table = five.column(3, 0, 10, 20);
    assertThat(shown(table)).containsExactly("c", "0", "c", "20", "33");
    assertThat(table.cell(0, 0).suppression()).isEqualTo(Suppression.PRIMARY);
    assertThat(table.cell(2, 0).suppression()).isEqualTo(Suppression.SECONDARY);
    assertThat(table.anySuppressed()).isTrue();
  }

  @Test
  void twoSmallCountsProtectEachOther() {
    assertThat(shown(five.column(2, 1, 30))).containsExactly("c", "c", "30", "33");
  }

  @Test
  void zerosAndLargeCountsAreShown() {
    ControlledTable table = five.column(0, 0, 12);
    assertThat(shown(table)).containsExactly("0", "0", "12", "12");
    assertThat(table.anySuppressed()).isFalse();
  }

  @Test
  void aSmallTotalIsHiddenWithItsCells() {
    assertThat(shown(five.column(4))).containsExactly("c", "c");
    assertThat(shown(five.column(2, 6))).containsExactly("c", "c", "8");
    assertThat(shown(five.column(7))).containsExactly("7", "7");
  }

  @Test
  void aSmallCountInATableHidesARectangle() {
    //        A   B   C |  T
    // r1    10   3  12 | 25     3 is small; its row hides 10 (smaller than 12);
    // r2     8  15   9 | 32     column B then hides 7, column A hides 6:
    // r3     6   7  20 | 33     a rectangle of four, every line with two
    //  T    24  25  41 | 90
    ControlledTable table =
        five.apply(CountTable.withTotals(new long[][] {{10, 3, 12}, {8, 15, 9}, {6, 7, 20}}));
    assertThat(grid(table))
        .containsExactly(
            List.of("c", "c", "12", "25"),
            List.of("8", "15", "9", "32"),
            List.of("c", "c", "20", "33"),
            List.of("24", "25", "41", "90"));
  }

  @Test
  void aSmallRowTotalHidesAnotherTotalInItsColumn() {
    //        A   B |  T
    // r1     2   1 |  3    all three small
    // r2    10  12 | 22    columns A and B hide 10 and 12; the column of totals hides 22
    //  T    12  13 | 25
    ControlledTable table = five.apply(CountTable.withTotals(new long[][] {{2, 1}, {10, 12}}));
    assertThat(grid(table))
        .containsExactly(List.of("c", "c", "c"), List.of("c", "c", "c"), List.of("12", "13", "25"));
    assertThat(table.rowTotal(1).suppression()).isEqualTo(Suppression.SECONDARY);
    assertThat(table.rowTotal(0).suppression()).isEqualTo(Suppression.PRIMARY);
  }

  @Test
  void aZeroIsHiddenOnlyWhenNothingElseInItsLineCanBe() {
    //        A   B |  T
    // r1     3   6 |  9    3 small; row hides 6
    // r2     5   0 |  5    column A hides 5; column B (6 + 0 = 6) has only the zero left
    //  T     8   6 | 14
    ControlledTable table = five.apply(CountTable.withTotals(new long[][] {{3, 6}, {5, 0}}));
    assertThat(grid(table))
        .containsExactly(List.of("c", "c", "9"), List.of("c", "c", "5"), List.of("8", "6", "14"));
    assertThat(table.cell(1, 1).suppression()).isEqualTo(Suppression.SECONDARY);
  }

  @Test
  void aTrueZeroBesideASmallCountStaysShownWhenTheTotalIsHiddenToo() {
    //        A   B |  T
    // r1     3   0 |  3   3 and its total 3 are both small: the row has two, the zero stays
    // r2     6   9 | 15   column A hides 6, the column of totals hides 15
    //  T     9   9 | 18
    ControlledTable table = five.apply(CountTable.withTotals(new long[][] {{3, 0}, {6, 9}}));
    assertThat(grid(table))
        .containsExactly(List.of("c", "0", "c"), List.of("c", "9", "c"), List.of("9", "9", "18"));
  }

  @Test
  void rowTotalsOnly() {
    // 4 + 9 = 13 and 7 + 8 = 15: only rows add up, so the row hides 9, the other row nothing
    ControlledTable table = five.apply(CountTable.of(new long[][] {{4, 9}, {7, 8}}, true, false));
    assertThat(table.cell(0, 0).display()).isEqualTo("c");
    assertThat(table.cell(0, 1).display()).isEqualTo("c");
    assertThat(table.rowTotal(0).display()).isEqualTo("13");
    assertThat(table.cell(1, 0).display()).isEqualTo("7");
    assertThatThrownBy(() -> table.columnTotal(0)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void badTablesAreRefused() {
    assertThatThrownBy(() -> CountTable.withTotals(new long[][] {{1, 2}, {3}}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CountTable.column(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CountTable.column()).isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * Many random tables: every small count hidden, no zero or large count hidden as primary, and no
   * line that adds up holds exactly one hidden count.
   */
  @Test
  void noHiddenCountCanBeWorkedOutFromItsRowOrColumn() {
    Random random = new Random(20261125L);
    for (int n = 0; n < 2_000; n++) {
      int rows = 1 + random.nextInt(5);
      int columns = 1 + random.nextInt(5);
      long[][] cells = new long[rows][columns];
      for (long[] row : cells) {
        for (int c = 0; c < columns; c++) {
          row[c] = random.nextInt(4) == 0 ? 0 : random.nextInt(14);
        }
      }
      ControlledTable table = five.apply(CountTable.withTotals(cells));
      List<List<ControlledCount>> lines = new ArrayList<>();
      for (int r = 0; r <= rows; r++) {
        List<ControlledCount> line = new ArrayList<>();
        for (int c = 0; c <= columns; c++) {
          line.add(at(table, r, c));
        }
        lines.add(line);
      }
      for (int c = 0; c <= columns; c++) {
        List<ControlledCount> line = new ArrayList<>();
        for (int r = 0; r <= rows; r++) {
          line.add(at(table, r, c));
        }
        lines.add(line);
      }
      for (List<ControlledCount> line : lines) {
        assertThat(line.stream().filter(ControlledCount::suppressed).count()).isNotEqualTo(1L);
        for (ControlledCount count : line) {
          assertThat(count.suppression() == Suppression.PRIMARY)
              .isEqualTo(count.value() > 0 && count.value() < 5);
        }
      }
    }
  }

  private static ControlledCount at(ControlledTable table, int r, int c) {
    boolean totalRow = r == table.rows();
    boolean totalColumn = c == table.columns();
    if (totalRow && totalColumn) {
      return table.grandTotal();
    }
    if (totalRow) {
      return table.columnTotal(c);
    }
    return totalColumn ? table.rowTotal(r) : table.cell(r, c);
  }

  private static List<String> shown(ControlledTable column) {
    List<String> shown = new ArrayList<>();
    for (int r = 0; r < column.rows(); r++) {
      shown.add(column.cell(r, 0).display());
    }
    shown.add(column.columnTotal(0).display());
    return shown;
  }

  private static List<List<String>> grid(ControlledTable table) {
    List<List<String>> grid = new ArrayList<>();
    for (int r = 0; r <= table.rows(); r++) {
      List<String> row = new ArrayList<>();
      for (int c = 0; c <= table.columns(); c++) {
        row.add(at(table, r, c).display());
      }
      grid.add(row);
    }
    return grid;
  }
}
