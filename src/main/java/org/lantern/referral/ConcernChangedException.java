package org.lantern.referral;

/** Someone else changed the concern (decided it, confirmed it) after this person opened it. */
public class ConcernChangedException extends RuntimeException {

  private final ConcernView current;

  public ConcernChangedException(ConcernView current) {
    super("Concern " + current.reference() + " changed");
    this.current = current;
  }

  public ConcernView current() {
    return current;
  }
}
