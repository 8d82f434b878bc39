package org.lantern.people.linkage;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One agency's record of a person, as the linkage engine sees it: already validated (an invalid NHS
 * number or date never gets this far), free text still as typed.
 *
 * @param sex "F", "M" or null when not known
 * @param postcode in standard form ("ST16 2LH"), or null
 * @param nhsNumber ten digits, or null
 */
public record LinkRecord(
    @Nullable String givenName,
    @Nullable String middleNames,
    @Nullable String familyName,
    List<String> previousFamilyNames,
    @Nullable LocalDate dateOfBirth,
    @Nullable String sex,
    @Nullable String postcode,
    @Nullable String nhsNumber,
    @Nullable String upn) {

  public LinkRecord {
    previousFamilyNames = List.copyOf(previousFamilyNames);
  }
}
