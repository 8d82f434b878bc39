package org.lantern.people;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What someone looking for a child knows: any of a name (typos and nicknames tolerated), a date of
 * birth (or just the year, or the month and year), an NHS number or a unique pupil number.
 * Identifiers, when given, must match exactly.
 *
 * @param birthMonth the month (1–12) of {@code birthYear}, when a month and year were given
 */
public record ChildQuery(
    @Nullable String name,
    @Nullable LocalDate dateOfBirth,
    @Nullable Integer birthYear,
    @Nullable Integer birthMonth,
    @Nullable NhsNumber nhsNumber,
    @Nullable UniquePupilNumber upn) {

  public ChildQuery(
      @Nullable String name,
      @Nullable LocalDate dateOfBirth,
      @Nullable Integer birthYear,
      @Nullable NhsNumber nhsNumber,
      @Nullable UniquePupilNumber upn) {
    this(name, dateOfBirth, birthYear, null, nhsNumber, upn);
  }

  public boolean isEmpty() {
    return (name == null || name.isBlank())
        && dateOfBirth == null
        && birthYear == null
        && nhsNumber == null
        && upn == null;
  }
}
