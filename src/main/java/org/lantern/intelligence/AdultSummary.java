package org.lantern.intelligence;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An adult of concern in a list: who, and how many children and notices they are linked to. */
public record AdultSummary(
    UUID id,
    String givenName,
    @Nullable String familyName,
    @Nullable LocalDate dateOfBirth,
    int children,
    int notices) {

  public String name() {
    return familyName == null ? givenName : givenName + " " + familyName;
  }
}
