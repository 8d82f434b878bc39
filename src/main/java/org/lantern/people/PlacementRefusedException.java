package org.lantern.people;

/**
 * A placement the rules refuse (its dates overlap the child's history, it ends before it started,
 * there is no placement to end); {@link #code()} names the rule, the page says it in words.
 */
public class PlacementRefusedException extends RuntimeException {

  private final String code;

  public PlacementRefusedException(String code, String message) {
    super(message);
    this.code = code;
  }

  /** The rule: {@code overlaps}, {@code beforeBirth}, {@code endBeforeStart}, {@code noneOpen}. */
  public String code() {
    return code;
  }
}
