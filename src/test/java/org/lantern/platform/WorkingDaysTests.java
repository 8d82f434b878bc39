package org.lantern.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Working days across weekends, Easter, Christmas and the substitute days. */
class WorkingDaysTests {

  private final WorkingDays days = new WorkingDays();

  @ParameterizedTest(name = "{0} + {1} working days = {2}")
  @CsvSource({
    // an ordinary week, and over a weekend
    "2026-11-02, 1, 2026-11-03",
    "2026-11-06, 1, 2026-11-09",
    "2026-11-07, 1, 2026-11-09",
    "2026-11-06, 0, 2026-11-06",
    // Easter 2026: Good Friday 3 April, Easter Monday 6 April
    "2026-04-02, 1, 2026-04-07",
    "2026-04-01, 2, 2026-04-07",
    "2026-04-03, 1, 2026-04-07",
    // 15 working days from a discussion before Easter 2026
    "2026-03-27, 15, 2026-04-21",
    // Easter 2027 falls in March: Good Friday 26 March, Easter Monday 29 March
    "2027-03-25, 1, 2027-03-30",
    // Christmas 2026: Christmas Day Friday, Boxing Day (Saturday) substituted on Monday 28th
    "2026-12-24, 1, 2026-12-29",
    "2026-12-24, 2, 2026-12-30",
    // Christmas 2027: both days at the weekend, substituted on Monday 27th and Tuesday 28th
    "2027-12-24, 1, 2027-12-29",
    // New Year 2028 on a Saturday, substituted on Monday 3 January
    "2027-12-31, 1, 2028-01-04",
    // Christmas 2025 on a Thursday and Friday, then New Year's Day on the Thursday after
    "2025-12-24, 1, 2025-12-29",
    "2025-12-24, 5, 2026-01-05",
    // 15 working days across Christmas 2026 and New Year 2027
    "2026-12-14, 15, 2027-01-07",
    // the May and August bank holidays
    "2026-05-01, 1, 2026-05-05",
    "2026-08-28, 1, 2026-09-01"
  })
  void addsWorkingDays(LocalDate from, int n, LocalDate expected) {
    assertThat(days.add(from, n)).isEqualTo(expected);
    if (days.isWorkingDay(from)) {
      assertThat(days.between(from, expected)).isEqualTo(n);
    }
  }

  @Test
  void everyListedHolidayIsAWeekdayAndEasterIsWhereTheCalendarPutsIt() {
    assertThat(days.bankHolidays()).hasSize(40);
    assertThat(days.bankHolidays())
        .allSatisfy(
            d -> assertThat(d.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
    for (int year = 2024; year <= 2028; year++) {
      LocalDate easter = easterSunday(year);
      assertThat(days.isWorkingDay(easter.minusDays(2))).as("Good Friday %s", year).isFalse();
      assertThat(days.isWorkingDay(easter.plusDays(1))).as("Easter Monday %s", year).isFalse();
      assertThat(days.isWorkingDay(easter.minusDays(3))).as("Maundy Thursday %s", year).isTrue();
      assertThat(days.isWorkingDay(easter.plusDays(2))).as("Easter Tuesday %s", year).isTrue();
    }
  }

  @Test
  void beyondTheListOnlyWeekendsAreSkipped() {
    assertThat(days.isWorkingDay(LocalDate.of(2029, 12, 25))).isTrue();
    assertThat(days.add(LocalDate.of(2029, 12, 21), 1)).isEqualTo(LocalDate.of(2029, 12, 24));
    assertThat(
            ChronoUnit.DAYS.between(
                LocalDate.of(2030, 1, 4), days.add(LocalDate.of(2030, 1, 4), 5)))
        .isEqualTo(7);
  }

  @Test
  void refusesToCountBackwards() {
    assertThatThrownBy(() -> days.add(LocalDate.of(2026, 1, 5), -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** The anonymous Gregorian algorithm, to check the list against, not to make it. */
  private static LocalDate easterSunday(int y) {
    int a = y % 19;
    int b = y / 100;
    int c = y % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = ((h + l - 7 * m + 114) % 31) + 1;
    return LocalDate.of(y, month, day);
  }
}
