package org.lantern.people;

/**
 * Who holds responsibility for a child where they live: this partnership's council (ours), another
 * authority that placed the child here, or this council for a child of ours placed in another
 * authority's area. The last two involve another authority, whose contact is told when a placement
 * starts or ends.
 */
public enum Responsibility {
  OURS,
  PLACED_HERE_BY_ANOTHER_AUTHORITY,
  OURS_PLACED_ELSEWHERE;

  /** Another authority is involved (its name is required, its contact told). */
  public boolean otherAuthority() {
    return this != OURS;
  }

  public String messageKey() {
    return "responsibility." + name();
  }
}
