package org.lantern.people.web;

import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.lantern.people.ChildDescriptionInput;
import org.lantern.people.ChildQuery;
import org.lantern.platform.DateInput;
import org.lantern.platform.LanternTime;
import org.lantern.platform.Texts;
import org.springframework.validation.Errors;

/**
 * The "find a child" search form: a name, and the child's date of birth and identifiers as the
 * nested {@link ChildDescriptionInput} ({@code child.dateOfBirth}, {@code child.nhsNumber}, {@code
 * child.upn}). A year on its own, or a month and year, is allowed in the date of birth.
 */
public class FindChildForm {

  static final int MAX_NAME = 100;
  private static final String DATE_OF_BIRTH = "child.dateOfBirth";

  private @Nullable String name;
  private ChildDescriptionInput child = new ChildDescriptionInput();

  boolean isEmpty() {
    return Texts.isBlank(name) && child.hasNoDateOrIdentifier();
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
        && Texts.isBlank(child.getNhsNumber())
        && Texts.isBlank(child.getUpn())) {
      errors.rejectValue("name", "find.yearNeedsName");
    }
    if (yearOnly() != null && isFuture(yearOnly(), monthOnly(), clock)) {
      errors.rejectValue(DATE_OF_BIRTH, "find.dateOfBirth.future");
    }
    DateInput.Parsed born = child.getDateOfBirth().parse();
    if (!(born instanceof DateInput.Empty) && yearOnly() == null) {
      switch (born) {
        case DateInput.Valid v
            when v.date().isAfter(LocalDate.now(clock.withZone(LanternTime.ZONE))) ->
            errors.rejectValue(DATE_OF_BIRTH, "find.dateOfBirth.future");
        case DateInput.Invalid i -> errors.rejectValue(DATE_OF_BIRTH, "find.dateOfBirth.invalid");
        default -> {}
      }
    }
    ChildDescriptionInput.checkIdentifiers(child.getNhsNumber(), child.getUpn(), errors, "child.");
  }

  /** The year, when only a year, or a month and year, was typed in the date of birth. */
  private @Nullable Integer yearOnly() {
    DateInput dateOfBirth = child.getDateOfBirth();
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
    String m = Texts.clean(child.getDateOfBirth().getMonth());
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
    LocalDate dob = child.getDateOfBirth().parse() instanceof DateInput.Valid v ? v.date() : null;
    return new ChildQuery(
        Texts.clean(name),
        dob,
        yearOnly(),
        monthOnly(),
        ChildDescriptionInput.nhsNumber(child.getNhsNumber()),
        ChildDescriptionInput.upn(child.getUpn()));
  }

  public @Nullable String getName() {
    return name;
  }

  public void setName(@Nullable String name) {
    this.name = name;
  }

  /** The child's date of birth and identifiers. */
  public ChildDescriptionInput getChild() {
    return child;
  }

  public void setChild(ChildDescriptionInput child) {
    this.child = child;
  }
}
