package org.lantern.people;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One partner system's record of a person, as it arrives (CSV row or API item), not yet checked.
 *
 * @param previousNames earlier or other family names (aliases)
 * @param dateOfBirth as written: yyyy-mm-dd or dd/mm/yyyy
 * @param otherIds other identifiers, as "system:value" separated by semicolons
 * @param addressLines the address before the town (lines separated by newlines, commas or |)
 * @param uprn the address's Unique Property Reference Number, when the partner has it
 * @param identifiers other identifiers, typed (as well as, or instead of, {@code otherIds})
 */
public record PersonRecordInput(
    @Nullable String sourceId,
    @Nullable String givenName,
    @Nullable String middleNames,
    @Nullable String familyName,
    @Nullable List<String> previousNames,
    @Nullable String dateOfBirth,
    @Nullable String sex,
    @Nullable String postcode,
    @Nullable String nhsNumber,
    @Nullable String upn,
    @Nullable String otherIds,
    @Nullable String addressLines,
    @Nullable String town,
    @Nullable String uprn,
    @Nullable List<Identifier> identifiers) {

  /** Another system's identifier of the person: which system (police, council) and the value. */
  public record Identifier(@Nullable String system, @Nullable String value) {}

  /** Without an address or typed identifiers. */
  public PersonRecordInput(
      @Nullable String sourceId,
      @Nullable String givenName,
      @Nullable String middleNames,
      @Nullable String familyName,
      @Nullable List<String> previousNames,
      @Nullable String dateOfBirth,
      @Nullable String sex,
      @Nullable String postcode,
      @Nullable String nhsNumber,
      @Nullable String upn,
      @Nullable String otherIds) {
    this(
        sourceId,
        givenName,
        middleNames,
        familyName,
        previousNames,
        dateOfBirth,
        sex,
        postcode,
        nhsNumber,
        upn,
        otherIds,
        null,
        null,
        null,
        null);
  }
}
