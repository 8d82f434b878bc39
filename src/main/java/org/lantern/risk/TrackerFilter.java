package org.lantern.risk;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.people.PlacementType;
import org.lantern.people.Sex;

/**
 * What to show: each filter optional, part of the child's name to look for (any case, blank for
 * all); sorted by one column.
 */
public record TrackerFilter(
    @Nullable Set<UUID> districts,
    @Nullable UUID team,
    @Nullable RiskLevel level,
    @Nullable Sex sex,
    @Nullable AgeBand ageBand,
    @Nullable PlacementType placement,
    boolean overdueOnly,
    @Nullable String search,
    TrackerSort sort,
    boolean descending) {

  /** Every child, by level, highest first. Narrow it with the methods below. */
  public static TrackerFilter none() {
    return new TrackerFilter(
        null, null, null, null, null, null, false, null, TrackerSort.LEVEL, true);
  }

  /** Every child, in the given order. */
  public static TrackerFilter sortedBy(TrackerSort sort, boolean descending) {
    return none().withSort(sort, descending);
  }

  /** Only children of this district; every district when null. */
  public TrackerFilter inDistrict(@Nullable UUID district) {
    return inDistricts(district == null ? null : Set.of(district));
  }

  /**
   * Only children of one of these districts (none when the set is empty, as for a panel area with
   * no district); every district when null.
   */
  public TrackerFilter inDistricts(@Nullable Set<UUID> districts) {
    return new TrackerFilter(
        districts == null ? null : Set.copyOf(districts),
        team,
        level,
        sex,
        ageBand,
        placement,
        overdueOnly,
        search,
        sort,
        descending);
  }

  public TrackerFilter inTeam(@Nullable UUID team) {
    return new TrackerFilter(
        districts, team, level, sex, ageBand, placement, overdueOnly, search, sort, descending);
  }

  public TrackerFilter atLevel(@Nullable RiskLevel level) {
    return new TrackerFilter(
        districts, team, level, sex, ageBand, placement, overdueOnly, search, sort, descending);
  }

  public TrackerFilter ofSex(@Nullable Sex sex) {
    return new TrackerFilter(
        districts, team, level, sex, ageBand, placement, overdueOnly, search, sort, descending);
  }

  public TrackerFilter agedIn(@Nullable AgeBand ageBand) {
    return new TrackerFilter(
        districts, team, level, sex, ageBand, placement, overdueOnly, search, sort, descending);
  }

  public TrackerFilter placedIn(@Nullable PlacementType placement) {
    return new TrackerFilter(
        districts, team, level, sex, ageBand, placement, overdueOnly, search, sort, descending);
  }

  /** Only children whose review is overdue, when {@code only}. */
  public TrackerFilter overdue(boolean only) {
    return new TrackerFilter(
        districts, team, level, sex, ageBand, placement, only, search, sort, descending);
  }

  /** Only children whose name (given and family) holds {@code search}; all when blank. */
  public TrackerFilter named(@Nullable String search) {
    return new TrackerFilter(
        districts, team, level, sex, ageBand, placement, overdueOnly, search, sort, descending);
  }

  public TrackerFilter withSort(TrackerSort sort, boolean descending) {
    return new TrackerFilter(
        districts, team, level, sex, ageBand, placement, overdueOnly, search, sort, descending);
  }
}
