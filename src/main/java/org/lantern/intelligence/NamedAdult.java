package org.lantern.intelligence;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An adult as a concern names them: what the referrer knows, which may be only a first name or a
 * nickname. Already validated: a first name or nickname is present.
 */
public record NamedAdult(
    String givenName,
    @Nullable String familyName,
    @Nullable LocalDate dateOfBirth,
    @Nullable Integer approximateAge,
    @Nullable String describedAs,
    @Nullable String place) {

  AdultDetails person() {
    return new AdultDetails(givenName, familyName, dateOfBirth);
  }
}
