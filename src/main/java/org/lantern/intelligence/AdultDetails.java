package org.lantern.intelligence;

import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * An adult as someone names them: on a notice, or as the person a missing child was found with.
 * Already validated: both names present.
 */
public record AdultDetails(String givenName, String familyName, @Nullable LocalDate dateOfBirth) {

  /**
   * What makes two namings the same person: the same given and family names (ignoring case, spaces
   * and punctuation) and the same date of birth. Without a date of birth a naming never matches
   * another: two "Lee Carter"s without dates are not assumed to be one man.
   */
  public @Nullable String matchKey() {
    if (dateOfBirth == null) {
      return null;
    }
    return normalise(givenName) + "|" + normalise(familyName) + "|" + dateOfBirth;
  }

  private static String normalise(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }

  public String name() {
    return givenName + " " + familyName;
  }
}
