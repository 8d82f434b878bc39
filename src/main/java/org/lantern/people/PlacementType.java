package org.lantern.people;

/**
 * Where a child lives, as far as the partnership's work with them goes: at home, in foster or
 * residential care, in supported accommodation, placed here by another authority, or one of ours
 * placed elsewhere (who holds responsibility differs).
 */
public enum PlacementType {
  FAMILY_HOME,
  FOSTER_CARE,
  RESIDENTIAL,
  SUPPORTED_ACCOMMODATION,
  PLACED_HERE_BY_ANOTHER_AUTHORITY,
  PLACED_ELSEWHERE_BY_US;

  public String messageKey() {
    return "placementType." + name();
  }
}
