package org.lantern.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.ResourceBundleMessageSource;

class FormatsTests {

  /** Midday, 4 June 2026 in UK summer time. */
  static final Instant NOW = Instant.parse("2026-06-04T11:00:00Z");

  static Formats formats(Instant now) {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasenames(Messages.basenames());
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    return new Formats(Clock.fixed(now, ZoneOffset.UTC), messages);
  }

  final Formats fmt = formats(NOW);

  @Test
  void datesAsGovUkWritesThem() {
    assertThat(fmt.date(LocalDate.of(2026, 6, 4))).isEqualTo("4 June 2026");
    assertThat(fmt.date(LocalDate.of(2026, 11, 23))).isEqualTo("23 November 2026");
    assertThat(fmt.date((LocalDate) null)).isEmpty();
    assertThat(fmt.date((Instant) null)).isEmpty();
    assertThat(fmt.dateTime(null)).isEmpty();
    assertThat(fmt.iso(null)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    // instant (UTC), date in the UK, date and time in the UK, <time datetime>
    "2026-06-04T13:05:00Z, 4 June 2026, 4 June 2026 at 2:05pm, 2026-06-04T14:05",
    "2026-06-03T23:30:00Z, 4 June 2026, 4 June 2026 at 12:30am, 2026-06-04T00:30", // summer time
    "2026-01-03T23:30:00Z, 3 January 2026, 3 January 2026 at 11:30pm, 2026-01-03T23:30",
    "2026-11-23T12:00:00Z, 23 November 2026, 23 November 2026 at 12:00pm, 2026-11-23T12:00"
  })
  void instantsAreShownInUkTime(Instant at, String date, String dateTime, String iso) {
    assertThat(fmt.date(at)).isEqualTo(date);
    assertThat(fmt.dateTime(at)).isEqualTo(dateTime);
    assertThat(fmt.iso(at)).isEqualTo(iso);
  }

  @ParameterizedTest
  @CsvSource({
    // born, now (UTC), age
    "2011-06-04, 2026-06-04T11:00:00Z, 15", // birthday today
    "2011-06-05, 2026-06-04T11:00:00Z, 14", // birthday tomorrow
    "2011-06-05, 2026-06-04T23:30:00Z, 15", // already the 5th in the UK
    "2012-02-29, 2027-02-28T12:00:00Z, 14",
    "2012-02-29, 2027-03-01T12:00:00Z, 15"
  })
  void ageIsInWholeYearsOnTheUkDate(LocalDate born, Instant now, int age) {
    assertThat(formats(now).age(born)).isEqualTo(age);
    assertThat(formats(now).age(null)).isNull();
  }

  @ParameterizedTest
  @CsvSource({
    "PT0S, 1 minute",
    "PT30S, 1 minute",
    "PT1M, 1 minute",
    "PT59M, 59 minutes",
    "PT1H, 1 hour",
    "PT1H59M, 1 hour",
    "PT2H, 2 hours",
    "PT47H59M, 47 hours",
    "PT48H, 2 days",
    "P3DT5H, 3 days",
    "-P3D, 3 days",
    "-PT5M, 5 minutes"
  })
  void durationsInTheLargestWholeUnit(Duration duration, String text) {
    assertThat(fmt.duration(duration)).isEqualTo(text);
  }

  @Test
  void clocksCountFromNow() {
    assertThat(fmt.since(NOW.minus(Duration.ofHours(5)))).isEqualTo("5 hours");
    assertThat(fmt.until(NOW.plus(Duration.ofDays(3)))).isEqualTo("3 days");
    assertThat(fmt.since(null)).isEmpty();
    assertThat(fmt.until(null)).isEmpty();
    assertThat(fmt.duration(null)).isEmpty();
  }

  @Test
  void pastIsStrictlyBeforeNow() {
    assertThat(fmt.isPast(NOW.minusSeconds(1))).isTrue();
    assertThat(fmt.isPast(NOW)).isFalse();
    assertThat(fmt.isPast(NOW.plusSeconds(1))).isFalse();
    assertThat(fmt.isPast(null)).isFalse();
  }
}
