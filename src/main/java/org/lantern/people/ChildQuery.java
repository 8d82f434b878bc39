package org.lantern.people;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What someone looking for a child knows: any of a name (typos and nicknames tolerated), a date of
 * birth (or just the year), an NHS number or a unique pupil number. Identifiers, when given, must
 * match exactly.
 */
public record ChildQuery(
    @Nullable String name,
    @Nullable LocalDate dateOfBirth,
    @Nullable Integer birthYear,
    @Nullable NhsNumber nhsNumber,
    @Nullable UniquePupilNumber upn) {

  public boolean isEmpty() {
    return (name == null || name.isBlank())
        && dateOfBirth == null
        && birthYear == null
        && nhsNumber == null
        && upn == null;
  }
}
