package org.lantern.platform.disclosure;

/**
 * A {@link CountTable} after disclosure control: every cell and total says whether it may be shown.
 * Totals that the source table did not have are absent (asking for one is a programming error).
 */
public final class ControlledTable {

  private final CountTable source;
  private final Suppression[][] grid;

  ControlledTable(CountTable source, Suppression[][] grid) {
    this.source = source;
    this.grid = grid;
  }

  public int rows() {
    return source.rows();
  }

  public int columns() {
    return source.columns();
  }

  public ControlledCount cell(int row, int column) {
    return new ControlledCount(source.cell(row, column), grid[row][column]);
  }

  public ControlledCount rowTotal(int row) {
    requireState(source.hasRowTotals(), "row totals");
    return new ControlledCount(source.rowTotal(row), grid[row][source.columns()]);
  }

  public ControlledCount columnTotal(int column) {
    requireState(source.hasColumnTotals(), "column totals");
    return new ControlledCount(source.columnTotal(column), grid[source.rows()][column]);
  }

  public ControlledCount grandTotal() {
    requireState(source.hasRowTotals() && source.hasColumnTotals(), "a grand total");
    return new ControlledCount(source.grandTotal(), grid[source.rows()][source.columns()]);
  }

  /** Whether anything is hidden (then the footnote is shown). */
  public boolean anySuppressed() {
    for (Suppression[] row : grid) {
      for (Suppression value : row) {
        if (value != null && value != Suppression.NONE) {
          return true;
        }
      }
    }
    return false;
  }

  private static void requireState(boolean present, String what) {
    if (!present) {
      throw new IllegalStateException("this table has no " + what);
    }
  }
}
