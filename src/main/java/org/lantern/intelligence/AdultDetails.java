package org.lantern.intelligence;

import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * An adult as someone names them: on a notice, as the person a missing child was found with, or in
 * a concern. Already validated: a first name present (a concern may not know the family name).
 */
public record AdultDetails(
    String givenName, @Nullable String familyName, @Nullable LocalDate dateOfBirth) {

  /**
   * What makes two namings the same person: the same given and family names (ignoring case, spaces
   * and punctuation) and the same date of birth. Without a date of birth a naming never matches
   * another: two "Lee Carter"s without dates are not assumed to be one man; nor does a first name
   * alone.
   */
  public @Nullable String matchKey() {
    if (dateOfBirth == null || familyName == null || familyName.isBlank()) {
      return null;
    }
    return normalise(givenName) + "|" + normalise(familyName) + "|" + dateOfBirth;
  }

  private static String normalise(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }

  public String name() {
    return familyName == null ? givenName : givenName + " " + familyName;
  }
}
