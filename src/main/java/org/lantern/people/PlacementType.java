package org.lantern.people;

/**
 * What kind of place a child lives in: at home, in foster or residential care, in supported
 * accommodation, in secure accommodation, or somewhere else. Who holds responsibility for the child
 * there is a separate question ({@link Responsibility}).
 */
public enum PlacementType {
  FAMILY_HOME,
  FOSTER_CARE,
  RESIDENTIAL,
  SUPPORTED_ACCOMMODATION,
  SECURE,
  OTHER;

  public String messageKey() {
    return "placementType." + name();
  }
}
