package org.lantern.people;

/** The pair was decided, or changed, since the person read it: nothing was done. */
public class PossibleMatchChangedException extends RuntimeException {

  public PossibleMatchChangedException() {
    super("The possible match changed since it was read");
  }
}
