package org.lantern.people;

import java.util.UUID;

/** Someone decided a pair of person records after this person read it. */
public class PersonLinkChangedException extends RuntimeException {

  private final UUID linkId;

  public PersonLinkChangedException(UUID linkId) {
    super("Person link " + linkId + " was decided by someone else");
    this.linkId = linkId;
  }

  public UUID linkId() {
    return linkId;
  }
}
