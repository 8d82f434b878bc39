package org.lantern.casework;

/**
 * The case changed since the page that acted on it was read (another manager allocated it first,
 * say): nothing was saved; {@link #current()} says what it is now, and who did it.
 */
public class CaseChangedException extends RuntimeException {

  private final CaseView current;

  public CaseChangedException(CaseView current) {
    super("Case " + current.id() + " changed");
    this.current = current;
  }

  public CaseView current() {
    return current;
  }
}
