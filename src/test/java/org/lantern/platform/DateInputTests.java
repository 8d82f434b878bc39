package org.lantern.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateInputTests {

  @ParameterizedTest
  @CsvSource(
      nullValues = "null",
      value = {"null, null, null", "'', '', ''", "'  ', ' ', '\t'"})
  void nothingTypedIsEmpty(@Nullable String day, @Nullable String month, @Nullable String year) {
    assertThat(input(day, month, year).parse()).isEqualTo(new DateInput.Empty());
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "null",
      value = {
        // day, month, year -> problem
        "27, 3, null, incomplete",
        "27, '', 2011, incomplete",
        "null, 3, 2011, incomplete",
        "'', '', 2011, incomplete",
        "31, 2, 2020, invalid", // no 31 February
        "29, 2, 2023, invalid", // not a leap year
        "31, 4, 2020, invalid",
        "0, 3, 2011, invalid",
        "27, 13, 2011, invalid",
        "27, 0, 2011, invalid",
        "a, 3, 2011, invalid",
        "27, March, 2011, invalid",
        "27, 3, 2O11, invalid", // a letter O
        "-1, 3, 2011, invalid",
        "127, 3, 2011, invalid",
        "27, 3, 20111, invalid",
        "27, 3, 11, year", // two-digit year
        "27, 3, 011, year",
        "27, 3, 1, year"
      })
  void whatIsNotARealDateSaysWhy(
      @Nullable String day, @Nullable String month, @Nullable String year, String problem) {
    assertThat(input(day, month, year).parse()).isEqualTo(new DateInput.Invalid(problem));
  }

  @ParameterizedTest
  @CsvSource({
    "27, 3, 2011, 2011-03-27",
    "05, 03, 2011, 2011-03-05",
    "' 5 ', ' 3 ', ' 2011 ', 2011-03-05",
    "29, 2, 2024, 2024-02-29",
    "31, 12, 1999, 1999-12-31"
  })
  void aRealDateIsValid(String day, String month, String year, LocalDate date) {
    assertThat(input(day, month, year).parse()).isEqualTo(new DateInput.Valid(date));
  }

  @Test
  void aDateShownAgainParsesToItself() {
    LocalDate date = LocalDate.of(2011, 3, 27);
    DateInput input = new DateInput(date);
    assertThat(input.getDay()).isEqualTo("27");
    assertThat(input.getMonth()).isEqualTo("3");
    assertThat(input.getYear()).isEqualTo("2011");
    assertThat(input.parse()).isEqualTo(new DateInput.Valid(date));
    assertThat(new DateInput(null).parse()).isEqualTo(new DateInput.Empty());
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "null",
      value = {
        "2011-03-27, 2011-03-27",
        "' 2024-02-29 ', 2024-02-29",
      })
  void isoTextFromAnApiIsParsed(String text, LocalDate date) {
    assertThat(DateInput.parseIso(text)).isEqualTo(new DateInput.Valid(date));
  }

  @ParameterizedTest
  @CsvSource({"2011-02-31", "2023-02-29", "27/03/2011", "2011-3-27", "2011-03-27T10:00", "today"})
  void isoTextThatIsNotARealDateIsInvalid(String text) {
    assertThat(DateInput.parseIso(text)).isEqualTo(new DateInput.Invalid("invalid"));
  }

  @Test
  void noIsoTextIsEmpty() {
    assertThat(DateInput.parseIso(null)).isEqualTo(new DateInput.Empty());
    assertThat(DateInput.parseIso("  ")).isEqualTo(new DateInput.Empty());
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "2011-03-27, 2011-03-27",
    "2011-3-7, 2011-03-07",
    "27/03/2011, 2011-03-27",
    "7/3/2011, 2011-03-07",
    "27.03.2011, 2011-03-27",
    "27-03-2011, 2011-03-27",
    "' 29/02/2024 ', 2024-02-29",
    // as systems export them: year first with slashes or dots, a time after the date, eight
    // figures either way round, the month in words
    "2011/03/27, 2011-03-27",
    "2011.03.27, 2011-03-27",
    "2011-03-27 00:00:00, 2011-03-27",
    "2011-03-27T00:00:00Z, 2011-03-27",
    "2011-03-27T00:00:00.000+01:00, 2011-03-27",
    "20110327, 2011-03-27",
    "27032011, 2011-03-27",
    "19651013, 1965-10-13",
    "01021999, 1999-02-01",
    "27 March 2011, 2011-03-27",
    "27-Mar-2011, 2011-03-27",
    "27 mar 2011, 2011-03-27",
    "27th Sept 2011, 2011-09-27",
    "'1 May, 2011', 2011-05-01"
  })
  void aDateWrittenInAFileIsReadIsoOrDayFirst(String text, LocalDate date) {
    assertThat(DateInput.parseWritten(text)).isEqualTo(new DateInput.Valid(date));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "31/02/2012, invalid", // never rolled on to 2 March, nor back to 29 February
    "29/02/2023, invalid",
    "2012-02-31, invalid",
    "31/04/2012, invalid",
    "13/13/2012, invalid",
    "27/03/11, year", // 1911 or 2011?
    "27/03/011, year",
    "27/03-2011, invalid", // two kinds of separator
    "03/2011, invalid", // a month and year is not a date
    "2011, invalid",
    "03/27/2011, invalid", // month first, as in the US: no 27th month
    "19450493, invalid", // a day 93 is not rolled on, nor read the other way round
    "20111327, invalid",
    "12345678, invalid",
    "2011/03-27, invalid", // two kinds of separator
    "2011-03-27 noon, invalid",
    "31 February 2012, invalid",
    "27 Marchh 2011, invalid",
    "27 Smarch 2011, invalid",
    "yesterday, invalid"
  })
  void aDateWrittenInAFileThatIsNotARealDateSaysWhy(String text, String problem) {
    assertThat(DateInput.parseWritten(text)).isEqualTo(new DateInput.Invalid(problem));
  }

  private static DateInput input(
      @Nullable String day, @Nullable String month, @Nullable String year) {
    DateInput input = new DateInput();
    input.setDay(day);
    input.setMonth(month);
    input.setYear(year);
    return input;
  }
}
