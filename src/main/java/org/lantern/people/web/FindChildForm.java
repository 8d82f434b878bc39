package org.lantern.people.web;

import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.lantern.people.ChildQuery;
import org.lantern.people.NhsNumber;
import org.lantern.people.UniquePupilNumber;
import org.lantern.platform.DateInput;
import org.lantern.platform.LanternTime;
import org.lantern.platform.Texts;
import org.springframework.validation.Errors;

/**
 * The "find a child" search form. A year on its own, or a month and year, is allowed in the date of
 * birth.
 */
public class FindChildForm {

  static final int MAX_NAME = 100;

  private @Nullable String name;
  private DateInput dateOfBirth = new DateInput();
  private @Nullable String nhsNumber;
  private @Nullable String upn;

  boolean isEmpty() {
    return Texts.isBlank(name)
        && dateOfBirth.parse() instanceof DateInput.Empty
        && Texts.isBlank(nhsNumber)
        && Texts.isBlank(upn);
  }

  void validate(Errors errors, Clock clock) {
    if (isEmpty()) {
      errors.rejectValue("name", "find.empty");
      return;
    }
    String n = Texts.clean(name);
    if (n != null) {
      if (n.length() > MAX_NAME) {
        errors.rejectValue("name", "find.name.tooLong");
      } else if (!n.matches(".*\\p{L}.*")) {
        errors.rejectValue("name", "find.name.noLetters");
      }
    }
    if (yearOnly() != null
        && monthOnly() == null
        && n == null
        && Texts.isBlank(nhsNumber)
        && Texts.isBlank(upn)) {
      errors.rejectValue("name", "find.yearNeedsName");
    }
    if (yearOnly() != null && isFuture(yearOnly(), monthOnly(), clock)) {
      errors.rejectValue("dateOfBirth", "find.dateOfBirth.future");
    }
    if (!(dateOfBirth.parse() instanceof DateInput.Empty) && yearOnly() == null) {
      switch (dateOfBirth.parse()) {
        case DateInput.Valid v
            when v.date().isAfter(LocalDate.now(clock.withZone(LanternTime.ZONE))) ->
            errors.rejectValue("dateOfBirth", "find.dateOfBirth.future");
        case DateInput.Invalid i -> errors.rejectValue("dateOfBirth", "find.dateOfBirth.invalid");
        default -> {}
      }
    }
    if (!Texts.isBlank(nhsNumber) && !NhsNumber.isValid(nhsNumber)) {
      errors.rejectValue("nhsNumber", "child.nhsNumber.invalid");
    }
    if (!Texts.isBlank(upn) && !UniquePupilNumber.isValid(upn)) {
      errors.rejectValue("upn", "child.upn.invalid");
    }
  }

  /** The year, when only a year, or a month and year, was typed in the date of birth. */
  private @Nullable Integer yearOnly() {
    String d = Texts.clean(dateOfBirth.getDay());
    String m = Texts.clean(dateOfBirth.getMonth());
    String y = Texts.clean(dateOfBirth.getYear());
    if (d == null && (m == null || monthOf(m) != null) && y != null && y.matches("\\d{4}")) {
      return Integer.parseInt(y);
    }
    return null;
  }

  /** The month, when a month and year but no day were typed. */
  private @Nullable Integer monthOnly() {
    String m = Texts.clean(dateOfBirth.getMonth());
    return yearOnly() == null || m == null ? null : monthOf(m);
  }

  private static @Nullable Integer monthOf(String m) {
    if (!m.matches("\\d{1,2}")) {
      return null;
    }
    int month = Integer.parseInt(m);
    return month >= 1 && month <= 12 ? month : null;
  }

  private static boolean isFuture(int year, @Nullable Integer month, Clock clock) {
    LocalDate today = LocalDate.now(clock.withZone(LanternTime.ZONE));
    return year > today.getYear()
        || (year == today.getYear() && month != null && month > today.getMonthValue());
  }

  ChildQuery toQuery() {
    LocalDate dob = dateOfBirth.parse() instanceof DateInput.Valid v ? v.date() : null;
    return new ChildQuery(
        Texts.clean(name),
        dob,
        yearOnly(),
        monthOnly(),
        Texts.isBlank(nhsNumber) ? null : NhsNumber.parse(nhsNumber),
        Texts.isBlank(upn) ? null : UniquePupilNumber.parse(upn));
  }

  public @Nullable String getName() {
    return name;
  }

  public void setName(@Nullable String name) {
    this.name = name;
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
}
