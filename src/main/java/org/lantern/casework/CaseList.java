package org.lantern.casework;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.lantern.platform.ListSearch;
import org.lantern.platform.ListSort;

/**
 * What a person asked to see of a casework list (the team's queue, "My children", "Our team's
 * children"): a page from 1, part of a child's name or a reference (the concern's or the
 * council's), and the column it is sorted by.
 */
public record CaseList(int page, @Nullable String search, ListSort sort) {

  /** The queue's sortable columns (when routed, the child): oldest first by default. */
  public static final Set<String> QUEUE_COLUMNS = Set.of("routed", "child");

  /**
   * A caseload's sortable columns (the child, the level, the next review, the open actions); "Our
   * team's children" also by worker. Most recently allocated first for a worker, by worker for a
   * manager. Not by last contact: see {@link CaseListing}.
   */
  public static final Set<String> CASELOAD_COLUMNS = Set.of("child", "level", "review", "actions");

  public static final Set<String> TEAM_COLUMNS =
      Set.of("child", "worker", "level", "review", "actions");

  /** The team queue's sort asked for in the address ({@code routed-desc}, {@code child}, ...). */
  public static ListSort queueSort(@Nullable String typed) {
    return ListSort.of(typed, QUEUE_COLUMNS, "routed", false);
  }

  /** "My children"'s sort asked for in the address; most recently allocated first otherwise. */
  public static ListSort mineSort(@Nullable String typed) {
    return ListSort.of(typed, CASELOAD_COLUMNS, "allocated", true);
  }

  /** "Our team's children"'s sort asked for in the address; by worker otherwise. */
  public static ListSort teamSort(@Nullable String typed) {
    return ListSort.of(typed, TEAM_COLUMNS, "worker", false);
  }

  /** The first page of the team queue in its own order. */
  public static CaseList queue() {
    return new CaseList(1, null, queueSort(null));
  }

  /** The first page of "My children" in its own order. */
  public static CaseList mine() {
    return new CaseList(1, null, mineSort(null));
  }

  /** The first page of "Our team's children" in its own order. */
  public static CaseList team() {
    return new CaseList(1, null, teamSort(null));
  }

  /** The same list at another page. */
  public CaseList at(int page) {
    return new CaseList(page, search, sort);
  }

  public boolean filtered() {
    return !ListSearch.of(search).isBlank();
  }
}
