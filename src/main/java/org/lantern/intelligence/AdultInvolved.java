package org.lantern.intelligence;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.lantern.platform.DateInput;
import org.lantern.platform.DateRules;
import org.lantern.platform.Texts;
import org.springframework.validation.Errors;

/**
 * "An adult involved" as a person types it, the one nested form object of every form that names an
 * adult (a concern, an intelligence link, an abduction notice, a missing episode), bound as {@code
 * adult.givenName}, {@code adult.familyName}, {@code adult.dateOfBirth} and, where the form asks,
 * {@code adult.age}, {@code adult.description}, {@code adult.place}; shown by the fragment {@code
 * fragments/forms :: adult}. Each form decides which parts it requires, with its own messages; the
 * date of birth by the partnership's one rule for an adult's birth ({@link #checkDateOfBirth}, or,
 * for a missing episode, EpisodeRules, which its API and upload share).
 */
public class AdultInvolved {

  private @Nullable String givenName;
  private @Nullable String familyName;
  private DateInput dateOfBirth = new DateInput();
  private @Nullable String age;
  private @Nullable String description;
  private @Nullable String place;

  /**
   * The adult's date of birth, when given and an adult's (the partnership's one date rule for an
   * adult's birth); else null, with any problem reported on {@code adult.dateOfBirth} under the
   * form's {@code keyPrefix}.
   */
  public @Nullable LocalDate checkDateOfBirth(DateRules dates, Errors errors, String keyPrefix) {
    return dates.check(
        dateOfBirth.parse(),
        DateRules.Kind.ADULT_BIRTH,
        false,
        errors,
        "adult.dateOfBirth",
        keyPrefix);
  }

  /** Nothing of the adult was typed. */
  public boolean isEmpty() {
    return Texts.isBlank(givenName)
        && Texts.isBlank(familyName)
        && dateOfBirth.parse() instanceof DateInput.Empty
        && Texts.isBlank(age)
        && Texts.isBlank(description)
        && Texts.isBlank(place);
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

  public @Nullable String getAge() {
    return age;
  }

  public void setAge(@Nullable String age) {
    this.age = age;
  }

  public @Nullable String getDescription() {
    return description;
  }

  public void setDescription(@Nullable String description) {
    this.description = description;
  }

  public @Nullable String getPlace() {
    return place;
  }

  public void setPlace(@Nullable String place) {
    this.place = place;
  }
}
