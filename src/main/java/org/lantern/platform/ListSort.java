package org.lantern.platform;

import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How a list shown as a table is sorted: by one of its columns, up or down, as asked in the address
 * ({@code sort=adult} or {@code sort=adult-desc}). Anything that is not one of the list's columns
 * is its own order, never an error: the value comes from bookmarks and shared links.
 *
 * @param column the column's name in the address
 * @param descending whether largest, latest or Z comes first
 * @param chosen whether the person chose it (false: the list's own order)
 */
public record ListSort(String column, boolean descending, boolean chosen) {

  public static ListSort of(
      @Nullable String typed, Set<String> columns, String ownColumn, boolean ownDescending) {
    if (typed != null) {
      String value = typed.strip().toLowerCase(Locale.ROOT);
      boolean desc = value.endsWith("-desc");
      String column = desc ? value.substring(0, value.length() - "-desc".length()) : value;
      if (columns.contains(column)) {
        return new ListSort(column, desc, true);
      }
    }
    return new ListSort(ownColumn, ownDescending, false);
  }

  /** Whether the list is sorted by this column. */
  public boolean by(String name) {
    return column.equals(name);
  }

  /**
   * The address value that sorts by {@code name}: the other way round when already sorted by it.
   */
  public String toggled(String name) {
    return by(name) && !descending ? name + "-desc" : name;
  }

  /** The address value of this sort ({@code adult}, {@code adult-desc}). */
  public String value() {
    return descending ? column + "-desc" : column;
  }

  /** The table header's {@code aria-sort} for this column. */
  public String ariaSort(String name) {
    if (!by(name)) {
      return "none";
    }
    return descending ? "descending" : "ascending";
  }
}
