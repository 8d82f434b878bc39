package org.lantern.flags.web;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.lantern.people.NhsNumber;
import org.lantern.platform.DateInput;
import org.lantern.platform.Texts;
import org.springframework.validation.Errors;

/** Which child to check: an NHS number, or a given name, family name and date of birth. */
public class CheckForm {

  static final int MAX_NAME = 100;

  private @Nullable String nhsNumber;
  private @Nullable String givenName;
  private @Nullable String familyName;
  private DateInput dateOfBirth = new DateInput();

  /** The NHS number when one was given and is valid; errors say what is wrong otherwise. */
  @Nullable NhsNumber validate(Errors errors) {
    String nhs = Texts.clean(nhsNumber);
    if (nhs != null) {
      if (!NhsNumber.isValid(nhs)) {
        errors.rejectValue("nhsNumber", "flags.check.nhsNumber.invalid");
        return null;
      }
      return NhsNumber.parse(nhs);
    }
    String given = Texts.clean(givenName);
    String family = Texts.clean(familyName);
    if (given == null && family == null && dateOfBirth.parse() instanceof DateInput.Empty) {
      errors.rejectValue("nhsNumber", "flags.check.nhsNumber.required");
      return null;
    }
    if (given == null) {
      errors.rejectValue("givenName", "flags.check.givenName.required");
    } else if (given.length() > MAX_NAME) {
      errors.rejectValue("givenName", "flags.check.givenName.tooLong");
    }
    if (family == null) {
      errors.rejectValue("familyName", "flags.check.familyName.required");
    } else if (family.length() > MAX_NAME) {
      errors.rejectValue("familyName", "flags.check.familyName.tooLong");
    }
    switch (dateOfBirth.parse()) {
      case DateInput.Empty e ->
          errors.rejectValue("dateOfBirth", "flags.check.dateOfBirth.required");
      case DateInput.Invalid i ->
          errors.rejectValue("dateOfBirth", "flags.check.dateOfBirth.invalid");
      case DateInput.Valid v -> {
        if (v.date().isAfter(LocalDate.now().plusDays(1))) {
          errors.rejectValue("dateOfBirth", "flags.check.dateOfBirth.future");
        }
      }
    }
    return null;
  }

  @Nullable LocalDate birthDate() {
    return dateOfBirth.parse() instanceof DateInput.Valid v ? v.date() : null;
  }

  public @Nullable String getNhsNumber() {
    return nhsNumber;
  }

  public void setNhsNumber(@Nullable String nhsNumber) {
    this.nhsNumber = nhsNumber;
  }

  public @Nullable String getGivenName() {
    return givenName;
  }

  public void setGivenName(@Nullable String givenName) {
    this.givenName = givenName;
  }

  public @Nullable String getFamilyName() {
    return familyName;
  }

  public void setFamilyName(@Nullable String familyName) {
    this.familyName = familyName;
  }

  public DateInput getDateOfBirth() {
    return dateOfBirth;
  }

  public void setDateOfBirth(DateInput dateOfBirth) {
    this.dateOfBirth = dateOfBirth;
  }
}
