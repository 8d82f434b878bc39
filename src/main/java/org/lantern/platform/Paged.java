package org.lantern.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a longer list: the rows shown, which page, and how many rows match in all. Page
 * numbers start at 1; a page past the end shows the last page (a bookmark kept after the list
 * shrank still lands somewhere sensible).
 *
 * @param <T> what a row is
 */
public record Paged<T>(List<T> rows, int page, int size, long matching) {

  public Paged {
    rows = List.copyOf(rows);
    if (size < 1) {
      throw new IllegalArgumentException("page size must be positive");
    }
  }

  /** The page to show when {@code asked} was asked for and {@code matching} rows match. */
  public static int clamp(int asked, int size, long matching) {
    int pages = pagesFor(size, matching);
    return Math.max(1, Math.min(asked, pages));
  }

  /** The rows of one page cut from a whole list already in order. */
  public static <T> Paged<T> of(List<T> all, int asked, int size) {
    int page = clamp(asked, size, all.size());
    int from = Math.min((page - 1) * size, all.size());
    int to = Math.min(from + size, all.size());
    return new Paged<>(all.subList(from, to), page, size, all.size());
  }

  private static int pagesFor(int size, long matching) {
    return (int) Math.max(1, (matching + size - 1) / size);
  }

  public int pages() {
    return pagesFor(size, matching);
  }

  /** The position of the first row shown, from 1 (0 when nothing matches). */
  public long firstShown() {
    return rows.isEmpty() ? 0 : (long) (page - 1) * size + 1;
  }

  public long lastShown() {
    return rows.isEmpty() ? 0 : firstShown() + rows.size() - 1;
  }

  public boolean hasMorePages() {
    return pages() > 1;
  }

  /** The same page with each row turned into something else. */
  public <R> Paged<R> map(Function<? super T, ? extends R> f) {
    List<R> mapped = new ArrayList<>(rows.size());
    rows.forEach(r -> mapped.add(f.apply(r)));
    return new Paged<>(mapped, page, size, matching);
  }

  /**
   * The page numbers to offer, GOV.UK style: the first, the last, and the pages either side of this
   * one; {@code 0} stands for a gap ("⋯").
   */
  public List<Integer> links() {
    int pages = pages();
    List<Integer> links = new ArrayList<>();
    for (int n = 1; n <= pages; n++) {
      boolean near = Math.abs(n - page) <= 1;
      if (n == 1 || n == pages || near) {
        links.add(n);
      } else if (!links.isEmpty() && links.getLast() != 0) {
        links.add(0);
      }
    }
    return links;
  }
}
