package org.lantern.people.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;

class FindChildFormTests {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

  @Test
  void aYearOfBirthAloneDoesNotListChildren() {
    FindChildForm form = new FindChildForm();
    form.getChild().getDateOfBirth().setYear("2012");

    var errors = new BeanPropertyBindingResult(form, "search");
    form.validate(errors, CLOCK);

    assertThat(errors.getFieldError("name")).isNotNull();
    assertThat(errors.getFieldError("name").getCode()).isEqualTo("find.yearNeedsName");
  }

  @Test
  void aYearWithANameOrAFullDateAloneIsEnough() {
    FindChildForm withName = new FindChildForm();
    withName.setName("Olivia");
    withName.getChild().getDateOfBirth().setYear("2012");
    var errors = new BeanPropertyBindingResult(withName, "search");
    withName.validate(errors, CLOCK);
    assertThat(errors.hasErrors()).isFalse();

    FindChildForm fullDate = new FindChildForm();
    fullDate.getChild().getDateOfBirth().setDay("3");
    fullDate.getChild().getDateOfBirth().setMonth("4");
    fullDate.getChild().getDateOfBirth().setYear("2012");
    errors = new BeanPropertyBindingResult(fullDate, "search");
    fullDate.validate(errors, CLOCK);
    assertThat(errors.hasErrors()).isFalse();
  }

  @Test
  void aMonthAndYearWithoutADayIsAPartialDateNotAnError() {
    FindChildForm form = new FindChildForm();
    form.getChild().getDateOfBirth().setMonth("3");
    form.getChild().getDateOfBirth().setYear("2011");

    var errors = new BeanPropertyBindingResult(form, "search");
    form.validate(errors, CLOCK);

    assertThat(errors.hasErrors()).isFalse();
    assertThat(form.toQuery().birthYear()).isEqualTo(2011);
    assertThat(form.toQuery().birthMonth()).isEqualTo(3);
    assertThat(form.toQuery().dateOfBirth()).isNull();
  }

  @Test
  void aMonthThatIsNoMonthOrAPartialDateInTheFutureIsRefused() {
    FindChildForm badMonth = new FindChildForm();
    badMonth.setName("Olivia");
    badMonth.getChild().getDateOfBirth().setMonth("13");
    badMonth.getChild().getDateOfBirth().setYear("2011");
    var errors = new BeanPropertyBindingResult(badMonth, "search");
    badMonth.validate(errors, CLOCK);
    assertThat(errors.getFieldError("child.dateOfBirth")).isNotNull();

    FindChildForm future = new FindChildForm();
    future.setName("Olivia");
    future.getChild().getDateOfBirth().setMonth("12");
    future.getChild().getDateOfBirth().setYear("2026");
    errors = new BeanPropertyBindingResult(future, "search");
    future.validate(errors, CLOCK);
    assertThat(errors.getFieldError("child.dateOfBirth").getCode())
        .isEqualTo("find.dateOfBirth.future");
  }
}
