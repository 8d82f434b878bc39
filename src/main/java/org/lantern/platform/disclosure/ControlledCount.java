package org.lantern.platform.disclosure;

/**
 * One count of a published table, with whether it may be shown.
 *
 * @param value the true count (never shown when suppressed)
 * @param suppression whether, and why, it is hidden
 */
public record ControlledCount(long value, Suppression suppression) {

  public static ControlledCount shown(long value) {
    return new ControlledCount(value, Suppression.NONE);
  }

  public boolean suppressed() {
    return suppression != Suppression.NONE;
  }

  /** The count as text, or "c" when hidden. */
  public String display() {
    return suppressed() ? Suppression.SYMBOL : Long.toString(value);
  }
}
