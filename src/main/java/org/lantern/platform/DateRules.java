package org.lantern.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The one rule for each kind of date, the same on every path (web forms, APIs, CSV uploads): a date
 * must be a real calendar date (read strictly: 31/02 is refused, never rolled on to March), and
 * then
 *
 * <ul>
 *   <li>a child's <b>date of birth</b> is not in the future, not after the event recorded, and the
 *       child is {@code lantern.dates.oldest-child-age} (25) or younger on the date of the event;
 *   <li>an adult's date of birth is not in the future, and the adult no older than {@code
 *       lantern.dates.oldest-adult-age} (110);
 *   <li>an <b>event</b> (a concern, a missing episode, a notice served, an intelligence link, a
 *       list) is not in the future and not before {@code lantern.dates.earliest-event} (1 January
 *       2000);
 *   <li>a <b>planned</b> date (a notice's expiry) is not before that floor, and no more than {@code
 *       lantern.dates.years-ahead} (10) years ahead.
 * </ul>
 *
 * A problem is a code each path turns into its own words: a message key {@code <prefix>.<code>}
 * with the problem's arguments (the floor as "1 January 2000", the age).
 */
@Component
public class DateRules {

  private static final DateTimeFormatter WRITTEN =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  /** What a date is. */
  public enum Kind {
    CHILD_BIRTH,
    ADULT_BIRTH,
    EVENT,
    PLANNED
  }

  /**
   * What is wrong with a date: {@code required}, {@code incomplete}, {@code invalid}, {@code year}
   * (as {@link DateInput} reads it), {@code future}, {@code afterEvent}, {@code tooOld}, {@code
   * tooEarly} or {@code tooLate}; and the arguments of its message.
   */
  public record Problem(String code, List<Object> arguments) {

    static Problem of(String code, Object... arguments) {
      return new Problem(code, List.of(arguments));
    }
  }

  private final DateSettings settings;
  private final Clock clock;

  public DateRules(DateSettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
  }

  public LocalDate today() {
    return LocalDate.now(clock.withZone(LanternTime.ZONE));
  }

  public LocalDate earliestEvent() {
    return settings.earliestEvent();
  }

  /**
   * A child's date of birth, on the date of the event recorded about them ({@code asOf}; today when
   * there is none).
   */
  public @Nullable Problem childBirth(LocalDate born, @Nullable LocalDate asOf) {
    LocalDate today = today();
    if (born.isAfter(today)) {
      return Problem.of("future");
    }
    LocalDate on = asOf == null || asOf.isAfter(today) ? today : asOf;
    if (born.isAfter(on)) {
      return Problem.of("afterEvent");
    }
    if (Period.between(born, on).getYears() > settings.oldestChildAge()) {
      return Problem.of("tooOld", settings.oldestChildAge());
    }
    return null;
  }

  /** An adult's date of birth. */
  public @Nullable Problem adultBirth(LocalDate born) {
    LocalDate today = today();
    if (born.isAfter(today)) {
      return Problem.of("future");
    }
    if (Period.between(born, today).getYears() > settings.oldestAdultAge()) {
      return Problem.of("tooOld", settings.oldestAdultAge());
    }
    return null;
  }

  /** The day something happened. */
  public @Nullable Problem event(LocalDate on) {
    if (on.isAfter(today())) {
      return Problem.of("future");
    }
    return floor(on);
  }

  /** The moment something happened. */
  public @Nullable Problem event(Instant at) {
    if (at.isAfter(clock.instant())) {
      return Problem.of("future");
    }
    return floor(at.atZone(LanternTime.ZONE).toLocalDate());
  }

  /** A day planned or set ahead, such as an expiry. */
  public @Nullable Problem planned(LocalDate on) {
    if (on.isAfter(today().plusYears(settings.yearsAhead()))) {
      return Problem.of("tooLate", settings.yearsAhead());
    }
    return floor(on);
  }

  /**
   * A date as typed, judged as {@code kind} (a child's birth on today): what is wrong with it, or
   * null when it is good or, not being {@code required}, empty.
   */
  public @Nullable Problem judge(DateInput.Parsed typed, Kind kind, boolean required) {
    return switch (typed) {
      case DateInput.Empty empty -> required ? Problem.of("required") : null;
      case DateInput.Invalid invalid -> Problem.of(invalid.problem());
      case DateInput.Valid valid -> judge(valid.date(), kind);
    };
  }

  /** A date judged as {@code kind} (a child's birth on today). */
  public @Nullable Problem judge(LocalDate date, Kind kind) {
    return switch (kind) {
      case CHILD_BIRTH -> childBirth(date, null);
      case ADULT_BIRTH -> adultBirth(date);
      case EVENT -> event(date);
      case PLANNED -> planned(date);
    };
  }

  /**
   * Judges a date as typed and rejects it under {@code field} with the message key {@code
   * keyPrefix.code}; the date when it is good, otherwise null.
   */
  public @Nullable LocalDate check(
      DateInput.Parsed typed,
      Kind kind,
      boolean required,
      Errors errors,
      String field,
      String keyPrefix) {
    Problem problem = judge(typed, kind, required);
    if (problem != null) {
      report(errors, field, keyPrefix, problem);
      return null;
    }
    return typed instanceof DateInput.Valid valid ? valid.date() : null;
  }

  /** Rejects {@code field} with the message key {@code keyPrefix.code} and its arguments. */
  public static void report(Errors errors, String field, String keyPrefix, Problem problem) {
    errors.rejectValue(
        field, keyPrefix + "." + problem.code(), problem.arguments().toArray(), null);
  }

  /**
   * A financial year asked for in an address ({@code ?year=2026}), brought within the years an
   * event can be in: from the earliest event's to this one, never year 0 or one not yet begun.
   */
  public int financialYear(int asked) {
    int first = FinancialQuarter.of(settings.earliestEvent()).year();
    int now = FinancialQuarter.of(today()).year();
    return Math.max(first, Math.min(now, asked));
  }

  /** A financial quarter asked for, brought within the earliest event's quarter and today's. */
  public FinancialQuarter quarter(FinancialQuarter asked) {
    FinancialQuarter first = FinancialQuarter.of(settings.earliestEvent());
    FinancialQuarter now = FinancialQuarter.of(today());
    if (asked.start().isBefore(first.start())) {
      return first;
    }
    return asked.start().isAfter(now.start()) ? now : asked;
  }

  private @Nullable Problem floor(LocalDate on) {
    if (on.isBefore(settings.earliestEvent())) {
      return Problem.of("tooEarly", WRITTEN.format(settings.earliestEvent()));
    }
    return null;
  }
}
