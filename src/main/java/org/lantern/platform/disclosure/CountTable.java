package org.lantern.platform.disclosure;

import java.util.Arrays;

/**
 * A table of counts to publish: rows × columns of non-negative counts, with the totals that will be
 * shown beside them (each row's total, each column's total, and the grand total when both are).
 * Totals are the sums of the cells, so a table must include every category (an "unknown" row, say)
 * for its totals to be the true ones.
 */
public final class CountTable {

  private final long[][] cells;
  private final boolean rowTotals;
  private final boolean columnTotals;

  private CountTable(long[][] cells, boolean rowTotals, boolean columnTotals) {
    if (cells.length == 0 || cells[0].length == 0) {
      throw new IllegalArgumentException("a table needs at least one cell");
    }
    int width = cells[0].length;
    long[][] copy = new long[cells.length][];
    for (int r = 0; r < cells.length; r++) {
      if (cells[r].length != width) {
        throw new IllegalArgumentException("every row needs " + width + " cells");
      }
      for (long value : cells[r]) {
        if (value < 0) {
          throw new IllegalArgumentException("counts cannot be negative");
        }
      }
      copy[r] = Arrays.copyOf(cells[r], width);
    }
    this.cells = copy;
    this.rowTotals = rowTotals;
    this.columnTotals = columnTotals;
  }

  /** Rows × columns with row totals, column totals and the grand total. */
  public static CountTable withTotals(long[][] cells) {
    return new CountTable(cells, true, true);
  }

  /** One column of counts (say, children by age band) and its total. */
  public static CountTable column(long... counts) {
    long[][] cells = new long[counts.length][1];
    for (int r = 0; r < counts.length; r++) {
      cells[r][0] = counts[r];
    }
    return new CountTable(cells, false, true);
  }

  /** Rows × columns with the chosen totals only. */
  public static CountTable of(long[][] cells, boolean rowTotals, boolean columnTotals) {
    return new CountTable(cells, rowTotals, columnTotals);
  }

  public int rows() {
    return cells.length;
  }

  public int columns() {
    return cells[0].length;
  }

  public long cell(int row, int column) {
    return cells[row][column];
  }

  public boolean hasRowTotals() {
    return rowTotals;
  }

  public boolean hasColumnTotals() {
    return columnTotals;
  }

  public long rowTotal(int row) {
    return Arrays.stream(cells[row]).sum();
  }

  public long columnTotal(int column) {
    long sum = 0;
    for (long[] row : cells) {
      sum += row[column];
    }
    return sum;
  }

  public long grandTotal() {
    return Arrays.stream(cells).flatMapToLong(Arrays::stream).sum();
  }
}
