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

  /**
   * A record described field by field, for code that makes one (the CSV upload, the demo, tests):
   * {@code PersonRecordInput.builder().sourceId("POL-1").givenName("Ava").familyName("Moss")
   * .dateOfBirth("2011-03-27").build()}. A field not given is absent (null), as in a JSON item
   * without it.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PersonRecordInput}; each field at most once. */
  public static final class Builder {
    private @Nullable String sourceId;
    private @Nullable String givenName;
    private @Nullable String middleNames;
    private @Nullable String familyName;
    private @Nullable List<String> previousNames;
    private @Nullable String dateOfBirth;
    private @Nullable String sex;
    private @Nullable String postcode;
    private @Nullable String nhsNumber;
    private @Nullable String upn;
    private @Nullable String otherIds;
    private @Nullable String addressLines;
    private @Nullable String town;
    private @Nullable String uprn;
    private @Nullable List<Identifier> identifiers;

    private Builder() {}

    public Builder sourceId(@Nullable String sourceId) {
      this.sourceId = sourceId;
      return this;
    }

    public Builder givenName(@Nullable String givenName) {
      this.givenName = givenName;
      return this;
    }

    public Builder middleNames(@Nullable String middleNames) {
      this.middleNames = middleNames;
      return this;
    }

    public Builder familyName(@Nullable String familyName) {
      this.familyName = familyName;
      return this;
    }

    public Builder previousNames(@Nullable List<String> previousNames) {
      this.previousNames = previousNames;
      return this;
    }

    /** As written: yyyy-mm-dd or dd/mm/yyyy. */
    public Builder dateOfBirth(@Nullable String dateOfBirth) {
      this.dateOfBirth = dateOfBirth;
      return this;
    }

    public Builder sex(@Nullable String sex) {
      this.sex = sex;
      return this;
    }

    public Builder postcode(@Nullable String postcode) {
      this.postcode = postcode;
      return this;
    }

    public Builder nhsNumber(@Nullable String nhsNumber) {
      this.nhsNumber = nhsNumber;
      return this;
    }

    public Builder upn(@Nullable String upn) {
      this.upn = upn;
      return this;
    }

    /** Other identifiers as "system:value" separated by semicolons. */
    public Builder otherIds(@Nullable String otherIds) {
      this.otherIds = otherIds;
      return this;
    }

    public Builder addressLines(@Nullable String addressLines) {
      this.addressLines = addressLines;
      return this;
    }

    public Builder town(@Nullable String town) {
      this.town = town;
      return this;
    }

    public Builder uprn(@Nullable String uprn) {
      this.uprn = uprn;
      return this;
    }

    public Builder identifiers(@Nullable List<Identifier> identifiers) {
      this.identifiers = identifiers;
      return this;
    }

    public PersonRecordInput build() {
      return new PersonRecordInput(
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
          addressLines,
          town,
          uprn,
          identifiers);
    }
  }
}
