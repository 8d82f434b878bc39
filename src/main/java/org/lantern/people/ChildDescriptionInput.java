package org.lantern.people;

import org.jspecify.annotations.Nullable;
import org.lantern.platform.DateInput;
import org.lantern.platform.Texts;
import org.springframework.validation.Errors;

/**
 * A child as a person types them, the one nested form object of every form that describes a child
 * ("find a child" and the concern form), bound as {@code child.givenName}, {@code
 * child.middleNames}, {@code child.familyName}, {@code child.knownAs}, {@code child.sex}, {@code
 * child.dateOfBirth}, {@code child.nhsNumber}, {@code child.upn} and {@code child.postcode}. A form
 * binds the parts it asks: "find a child" asks only the date of birth and the identifiers. The
 * identifiers are shown by the fragment {@code fragments/forms :: childIdentifiers} and checked by
 * {@link #checkIdentifiers}, the one rule each for an NHS number and a unique pupil number. The
 * date of birth is checked by the form: a search takes a year, or a month and year, where a concern
 * needs the whole date.
 */
public class ChildDescriptionInput {

  private @Nullable String givenName;
  private @Nullable String middleNames;
  private @Nullable String familyName;
  private @Nullable String knownAs;
  private @Nullable String sex;
  private DateInput dateOfBirth = new DateInput();
  private @Nullable String nhsNumber;
  private @Nullable String upn;
  private @Nullable String postcode;

  /**
   * Checks the NHS number and the unique pupil number, each when given, reporting against {@code
   * prefix + "nhsNumber"} and {@code prefix + "upn"}.
   */
  public static void checkIdentifiers(
      @Nullable String nhsNumber, @Nullable String upn, Errors errors, String prefix) {
    if (!Texts.isBlank(nhsNumber) && !NhsNumber.isValid(nhsNumber)) {
      errors.rejectValue(prefix + "nhsNumber", "child.nhsNumber.invalid");
    }
    if (!Texts.isBlank(upn) && !UniquePupilNumber.isValid(upn)) {
      errors.rejectValue(prefix + "upn", "child.upn.invalid");
    }
  }

  /** The NHS number, when one was typed; call after {@link #checkIdentifiers}. */
  public static @Nullable NhsNumber nhsNumber(@Nullable String typed) {
    return Texts.isBlank(typed) ? null : NhsNumber.parse(typed);
  }

  /** The unique pupil number, when one was typed; call after {@link #checkIdentifiers}. */
  public static @Nullable UniquePupilNumber upn(@Nullable String typed) {
    return Texts.isBlank(typed) ? null : UniquePupilNumber.parse(typed);
  }

  /** No date of birth and no identifier typed. */
  public boolean hasNoDateOrIdentifier() {
    return dateOfBirth.parse() instanceof DateInput.Empty
        && Texts.isBlank(nhsNumber)
        && Texts.isBlank(upn);
  }

  public @Nullable String getGivenName() {
    return givenName;
  }

  public void setGivenName(@Nullable String givenName) {
    this.givenName = givenName;
  }

  public @Nullable String getMiddleNames() {
    return middleNames;
  }

  public void setMiddleNames(@Nullable String middleNames) {
    this.middleNames = middleNames;
  }

  public @Nullable String getFamilyName() {
    return familyName;
  }

  public void setFamilyName(@Nullable String familyName) {
    this.familyName = familyName;
  }

  public @Nullable String getKnownAs() {
    return knownAs;
  }

  public void setKnownAs(@Nullable String knownAs) {
    this.knownAs = knownAs;
  }

  public @Nullable String getSex() {
    return sex;
  }

  public void setSex(@Nullable String sex) {
    this.sex = sex;
  }

  public DateInput getDateOfBirth() {
    return dateOfBirth;
  }

  public void setDateOfBirth(DateInput dateOfBirth) {
    this.dateOfBirth = dateOfBirth;
  }

  public @Nullable String getNhsNumber() {
    return nhsNumber;
  }

  public void setNhsNumber(@Nullable String nhsNumber) {
    this.nhsNumber = nhsNumber;
  }

  public @Nullable String getUpn() {
    return upn;
  }

  public void setUpn(@Nullable String upn) {
    this.upn = upn;
  }

  public @Nullable String getPostcode() {
    return postcode;
  }

  public void setPostcode(@Nullable String postcode) {
    this.postcode = postcode;
  }
}
