package org.lantern.referral.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.lantern.intelligence.NamedAdult;
import org.lantern.platform.DateInput;
import org.lantern.platform.DateRules;
import org.lantern.platform.DateSettings;
import org.springframework.validation.BeanPropertyBindingResult;

/** The concern form's optional "adult involved": nothing, or a first name or nickname at least. */
class ConcernFormAdultTests {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-18T12:00:00Z"), ZoneOffset.UTC);

  static final DateRules DATES =
      new DateRules(new DateSettings(25, LocalDate.of(2000, 1, 1), 10, 110), CLOCK);

  @Test
  void leftEmptyItNamesNoAdultAndAddsNoError() {
    ConcernForm form = concern();
    BeanPropertyBindingResult errors = validate(form);

    assertThat(errors.getFieldErrors()).isEmpty();
    assertThat(form.adultsInvolved()).isEmpty();
  }

  @Test
  void aDescriptionWithoutANameAsksForTheFirstNameOrNickname() {
    ConcernForm form = concern();
    form.getAdult().setDescription("Tall, drives a silver hatchback");

    assertThat(validate(form).getFieldErrors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getField()).isEqualTo("adult.givenName");
              assertThat(e.getCode()).isEqualTo("concern.adult.givenName.required");
            });
  }

  @Test
  void anAgeOutsideTenToOneHundredAndTwentyOrAFutureDateOfBirthIsRefused() {
    ConcernForm form = concern();
    form.getAdult().setGivenName("Jay");
    form.getAdult().setAge("7");
    form.getAdult().setDateOfBirth(new DateInput(LocalDate.of(2027, 1, 1)));

    assertThat(validate(form).getFieldErrors())
        .extracting(e -> e.getField())
        .containsExactlyInAnyOrder("adult.age", "adult.dateOfBirth");
  }

  @Test
  void aNicknameWithWhatIsKnownIsTheAdultInvolved() {
    ConcernForm form = concern();
    form.getAdult().setGivenName(" Jay ");
    form.getAdult().setAge("25");
    form.getAdult().setPlace("Flat above the takeaway");

    assertThat(validate(form).getFieldErrors()).isEmpty();
    assertThat(form.adultsInvolved())
        .containsExactly(new NamedAdult("Jay", null, null, 25, null, "Flat above the takeaway"));
  }

  private static ConcernForm concern() {
    ConcernForm form = new ConcernForm();
    form.setChildId("0b8f5d7e-8c1b-4a52-9d59-0a1d6f0f1a11");
    form.setWhatHappened("Picked up from school by an older man in a silver car.");
    form.setImmediateDanger("no");
    form.getIndicators().add("NONE");
    form.setOccurredOn(new DateInput(LocalDate.of(2026, 11, 17)));
    return form;
  }

  private static BeanPropertyBindingResult validate(ConcernForm form) {
    BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "concern");
    form.validate(errors, DATES, false);
    return errors;
  }
}
