package org.lantern.platform.disclosure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Suppresses small counts in a table so that no child can be singled out, after the Department for
 * Education's convention for published statistics.
 *
 * <ol>
 *   <li><b>Primary:</b> every count from 1 to one below the threshold — cells and totals alike — is
 *       hidden. A true zero is shown: it says nobody, so it discloses nobody (the DfE shows zeros),
 *       and hiding zeros would hide nearly every small table for nothing.
 *   <li><b>Secondary:</b> a row or column whose cells add up to a shown total gives away a hidden
 *       cell if it is the only one hidden there. So every such line (a row with its total, a column
 *       with its total, and the row and column of totals with the grand total) holds either no
 *       hidden count or at least two. Where a line holds exactly one, the smallest other count is
 *       hidden too: first a non-zero cell (preferring one whose other line then also holds two),
 *       then a zero cell, and a total only when no cell is left. This repeats until no line
 *       changes.
 * </ol>
 *
 * <p>The result is deterministic: ties go to the first row, then the first column. It protects
 * against working a cell out from one line; it does not attempt a full linear-programming audit of
 * the whole table (nor does the DfE's).
 */
public final class DisclosureControl {

  private final int threshold;

  /**
   * @param threshold counts from 1 to {@code threshold - 1} are hidden; 1 hides nothing
   */
  public DisclosureControl(int threshold) {
    if (threshold < 1) {
      throw new IllegalArgumentException("threshold must be 1 or more");
    }
    this.threshold = threshold;
  }

  public int threshold() {
    return threshold;
  }

  /** Whether a count on its own is too small to show. */
  public boolean isSmall(long count) {
    return count > 0 && count < threshold;
  }

  /** A count published on its own (no totals to work it out from): primary suppression only. */
  public ControlledCount single(long count) {
    return new ControlledCount(count, isSmall(count) ? Suppression.PRIMARY : Suppression.NONE);
  }

  /** One column of counts and its total. */
  public ControlledTable column(long... counts) {
    return apply(CountTable.column(counts));
  }

  public ControlledTable apply(CountTable table) {
    Grid grid = new Grid(table);
    for (int r = 0; r < grid.height; r++) {
      for (int c = 0; c < grid.width; c++) {
        grid.marks[r][c] = isSmall(grid.value(r, c)) ? Suppression.PRIMARY : Suppression.NONE;
      }
    }
    List<List<int[]>> lines = grid.lines();
    boolean changed = true;
    while (changed) {
      changed = false;
      for (List<int[]> line : lines) {
        if (grid.hiddenIn(line) == 1) {
          int[] next = grid.nextToHide(line, lines);
          grid.marks[next[0]][next[1]] = Suppression.SECONDARY;
          changed = true;
        }
      }
    }
    return new ControlledTable(table, grid.marks);
  }

  /** The table with its totals as an extra row and column, and the lines that must add up. */
  private static final class Grid {
    final CountTable table;
    final int height;
    final int width;
    final Suppression[][] marks;

    Grid(CountTable table) {
      this.table = table;
      this.height = table.rows() + (table.hasColumnTotals() ? 1 : 0);
      this.width = table.columns() + (table.hasRowTotals() ? 1 : 0);
      this.marks = new Suppression[height][width];
    }

    boolean isTotal(int r, int c) {
      return r >= table.rows() || c >= table.columns();
    }

    long value(int r, int c) {
      boolean totalRow = r >= table.rows();
      boolean totalColumn = c >= table.columns();
      if (totalRow && totalColumn) {
        return table.grandTotal();
      }
      if (totalRow) {
        return table.columnTotal(c);
      }
      if (totalColumn) {
        return table.rowTotal(r);
      }
      return table.cell(r, c);
    }

    List<List<int[]>> lines() {
      List<List<int[]>> lines = new ArrayList<>();
      if (table.hasRowTotals()) {
        for (int r = 0; r < height; r++) {
          List<int[]> line = new ArrayList<>();
          for (int c = 0; c < width; c++) {
            line.add(new int[] {r, c});
          }
          lines.add(line);
        }
      }
      if (table.hasColumnTotals()) {
        for (int c = 0; c < width; c++) {
          List<int[]> line = new ArrayList<>();
          for (int r = 0; r < height; r++) {
            line.add(new int[] {r, c});
          }
          lines.add(line);
        }
      }
      return lines;
    }

    boolean hidden(int[] at) {
      return marks[at[0]][at[1]] != Suppression.NONE;
    }

    int hiddenIn(List<int[]> line) {
      int count = 0;
      for (int[] at : line) {
        if (hidden(at)) {
          count++;
        }
      }
      return count;
    }

    /** How many lines through this position hold exactly one hidden count (0, 1 or 2). */
    int linesItWouldComplete(int[] at, List<List<int[]>> lines) {
      int count = 0;
      for (List<int[]> line : lines) {
        boolean through = line.stream().anyMatch(p -> p[0] == at[0] && p[1] == at[1]);
        if (through && hiddenIn(line) == 1) {
          count++;
        }
      }
      return count;
    }

    int[] nextToHide(List<int[]> line, List<List<int[]>> lines) {
      Comparator<int[]> order =
          Comparator.<int[]>comparingInt(at -> rank(at))
              .thenComparingLong(at -> value(at[0], at[1]))
              .thenComparingInt(at -> -linesItWouldComplete(at, lines))
              .thenComparingInt(at -> at[0])
              .thenComparingInt(at -> at[1]);
      return line.stream()
          .filter(at -> !hidden(at))
          .min(order)
          .orElseThrow(() -> new IllegalStateException("a line with one hidden count is full"));
    }

    /** Non-zero cells first, then zero cells, then totals. */
    private int rank(int[] at) {
      if (isTotal(at[0], at[1])) {
        return 2;
      }
      return value(at[0], at[1]) > 0 ? 0 : 1;
    }
  }
}
