package org.lantern.people.linkage;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One agency's record of a person, as the linkage engine sees it: already checked (an invalid NHS
 * number or date is set aside before it gets this far), free text still as typed.
 *
 * @param sex "F", "M" or null when not known
 * @param postcode in standard form ("ST16 2LH"), or null
 * @param nhsNumber ten digits, or null
 * @param addressLines the address before the town, lines separated by newlines or commas
 * @param uprn the Unique Property Reference Number of the address (digits), when the partner has it
 * @param otherIds other systems' identifiers (a police or council reference)
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
    @Nullable String upn,
    @Nullable String addressLines,
    @Nullable String town,
    @Nullable String uprn,
    List<OtherId> otherIds) {

  public LinkRecord {
    previousFamilyNames = List.copyOf(previousFamilyNames);
    otherIds = List.copyOf(otherIds);
  }

  /** Without an address or other identifiers. */
  public LinkRecord(
      @Nullable String givenName,
      @Nullable String middleNames,
      @Nullable String familyName,
      List<String> previousFamilyNames,
      @Nullable LocalDate dateOfBirth,
      @Nullable String sex,
      @Nullable String postcode,
      @Nullable String nhsNumber,
      @Nullable String upn) {
    this(
        givenName,
        middleNames,
        familyName,
        previousFamilyNames,
        dateOfBirth,
        sex,
        postcode,
        nhsNumber,
        upn,
        null,
        null,
        null,
        List.of());
  }
}
