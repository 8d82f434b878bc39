package org.lantern.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.validation.MapBindingResult;

/** The one date rule for each kind of date, at its boundaries. */
class DateRulesTests {

  /** Midday on Wednesday 18 November 2026. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-18T12:00:00Z"), ZoneOffset.UTC);

  static final DateRules RULES = rules(CLOCK);

  static DateRules rules(Clock clock) {
    return new DateRules(new DateSettings(25, LocalDate.of(2000, 1, 1), 10, 110), clock);
  }

  @ParameterizedTest(name = "born {0}, event {1}: {2}")
  @CsvSource(
      nullValues = "null",
      value = {
        // born, the event (null: none, judged today), problem
        "2026-11-18, null, null", // born today
        "2026-11-19, null, future",
        "9999-01-01, null, future",
        "2001-11-19, null, null", // 25 today, 26 tomorrow
        "2000-11-18, null, tooOld", // 26 today
        "0001-01-01, null, tooOld",
        "-0001-01-01, null, tooOld",
        "2000-11-18, 2025-06-01, null", // 24 on the day of the event, 26 today
        "1999-06-01, 2025-06-01, tooOld", // 26 on the day
        "2025-06-01, 2025-06-01, null", // born that day
        "2025-06-02, 2025-06-01, afterEvent",
        "2026-11-19, 2025-06-01, future",
        "2010-01-01, 2099-01-01, null" // an event in the future is judged on today
      })
  void aChildsDateOfBirth(LocalDate born, @Nullable LocalDate event, @Nullable String problem) {
    assertThat(code(RULES.childBirth(born, event))).isEqualTo(problem);
  }

  @ParameterizedTest(name = "born {0}: {1}")
  @CsvSource(
      nullValues = "null",
      value = {
        "1990-05-06, null",
        "2026-11-18, null",
        "2026-11-19, future",
        "1915-11-19, null", // 110 today
        "1915-11-18, tooOld", // 111 today
        "0001-01-01, tooOld"
      })
  void anAdultsDateOfBirth(LocalDate born, @Nullable String problem) {
    assertThat(code(RULES.adultBirth(born))).isEqualTo(problem);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      nullValues = "null",
      value = {
        "2026-11-18, null", // today
        "2026-11-19, future",
        "2000-01-01, null", // the earliest event
        "1999-12-31, tooEarly",
        "0001-01-01, tooEarly",
        "0000-01-01, tooEarly"
      })
  void anEventsDay(LocalDate on, @Nullable String problem) {
    assertThat(code(RULES.event(on))).isEqualTo(problem);
    assertThat(code(RULES.judge(new DateInput.Valid(on), DateRules.Kind.EVENT, true)))
        .isEqualTo(problem);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      nullValues = "null",
      value = {
        "2026-11-18T12:00:00Z, null", // now
        "2026-11-18T12:00:01Z, future",
        "2000-01-01T00:00:00Z, null", // midnight in the UK (GMT)
        "1999-12-31T23:59:59Z, tooEarly",
        "0001-01-01T00:00:00Z, tooEarly"
      })
  void anEventsMoment(Instant at, @Nullable String problem) {
    assertThat(code(RULES.event(at))).isEqualTo(problem);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      nullValues = "null",
      value = {
        "2028-11-18, null", // an expiry two years ahead
        "2036-11-18, null", // ten years ahead
        "2036-11-19, tooLate",
        "9999-01-01, tooLate",
        "2000-01-01, null",
        "1999-12-31, tooEarly"
      })
  void aPlannedDay(LocalDate on, @Nullable String problem) {
    assertThat(code(RULES.planned(on))).isEqualTo(problem);
  }

  @Test
  void problemsCarryWhatTheirMessagesSay() {
    assertThat(RULES.event(LocalDate.of(1999, 1, 1)).arguments()).containsExactly("1 January 2000");
    assertThat(RULES.childBirth(LocalDate.of(1990, 1, 1), null).arguments()).containsExactly(25);
    assertThat(RULES.planned(LocalDate.of(2099, 1, 1)).arguments()).containsExactly(10);
  }

  @Test
  void whatWasTypedIsJudgedAndTheProblemRejectedUnderTheField() {
    MapBindingResult errors = new MapBindingResult(new HashMap<>(), "form");

    assertThat(
            RULES.check(
                new DateInput.Valid(LocalDate.of(1, 1, 1)),
                DateRules.Kind.EVENT,
                true,
                errors,
                "servedOn",
                "notice.servedOn"))
        .isNull();
    assertThat(RULES.check(new DateInput.Empty(), DateRules.Kind.EVENT, true, errors, "a", "x.a"))
        .isNull();
    assertThat(
            RULES.check(
                new DateInput.Invalid("year"), DateRules.Kind.EVENT, false, errors, "b", "x.b"))
        .isNull();
    assertThat(RULES.check(new DateInput.Empty(), DateRules.Kind.EVENT, false, errors, "c", "x.c"))
        .isNull();
    LocalDate good = LocalDate.of(2026, 1, 2);
    assertThat(
            RULES.check(new DateInput.Valid(good), DateRules.Kind.EVENT, true, errors, "d", "x.d"))
        .isEqualTo(good);

    assertThat(errors.getFieldError("servedOn").getCode()).isEqualTo("notice.servedOn.tooEarly");
    assertThat(errors.getFieldError("servedOn").getArguments()).containsExactly("1 January 2000");
    assertThat(errors.getFieldError("a").getCode()).isEqualTo("x.a.required");
    assertThat(errors.getFieldError("b").getCode()).isEqualTo("x.b.year");
    assertThat(errors.getFieldErrorCount()).isEqualTo(3);
  }

  @Test
  void todayIsTheDayInTheUk() {
    // 23:30 UTC on 30 June is already 1 July in the UK
    DateRules lateEvening =
        rules(Clock.fixed(Instant.parse("2026-06-30T23:30:00Z"), ZoneOffset.UTC));
    assertThat(lateEvening.today()).isEqualTo(LocalDate.of(2026, 7, 1));
    assertThat(lateEvening.event(LocalDate.of(2026, 7, 1))).isNull();
  }

  @ParameterizedTest(name = "year={0}: {1}")
  @CsvSource({
    "2026, 2026",
    "2010, 2010",
    "1999, 1999",
    "1998, 1999",
    "0, 1999",
    "-5, 1999",
    "2027, 2026",
    "2147483647, 2026",
    "-2147483648, 1999"
  })
  void aFinancialYearAskedForIsBroughtWithinTheYearsAnEventCanBeIn(int asked, int shown) {
    // 1 January 2000 is in the financial year 1999/00
    assertThat(RULES.financialYear(asked)).isEqualTo(shown);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "2026-Q3, 2026-Q3",
    "2026-Q4, 2026-Q3",
    "3000-Q1, 2026-Q3",
    "1999-Q4, 1999-Q4",
    "1999-Q3, 1999-Q4",
    "0001-Q1, 1999-Q4"
  })
  void aQuarterAskedForIsBroughtWithinTheQuartersAnEventCanBeIn(String asked, String shown) {
    assertThat(RULES.quarter(FinancialQuarter.parse(asked).orElseThrow()).code()).isEqualTo(shown);
  }

  @Test
  void settingsOutOfRangeAreRefusedAtStart() {
    LocalDate floor = LocalDate.of(2000, 1, 1);
    assertThatThrownBy(() -> new DateSettings(0, floor, 10, 110))
        .hasMessageContaining("oldest-child-age");
    assertThatThrownBy(() -> new DateSettings(25, LocalDate.of(1, 1, 1), 10, 110))
        .hasMessageContaining("earliest-event");
    assertThatThrownBy(() -> new DateSettings(25, floor, 0, 110))
        .hasMessageContaining("years-ahead");
    assertThatThrownBy(() -> new DateSettings(25, floor, 10, 5))
        .hasMessageContaining("oldest-adult-age");
  }

  private static @Nullable String code(DateRules.@Nullable Problem problem) {
    return problem == null ? null : problem.code();
  }
}
