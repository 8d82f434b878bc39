package org.lantern.platform;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The three boxes of a GOV.UK date input (day, month, year) as typed. Bound from {@code field.day},
 * {@code field.month} and {@code field.year}.
 */
public class DateInput {

  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern DAY_FIRST =
      Pattern.compile("(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{1,4})");

  private @Nullable String day;
  private @Nullable String month;
  private @Nullable String year;

  public DateInput() {}

  public DateInput(@Nullable LocalDate date) {
    if (date != null) {
      day = String.valueOf(date.getDayOfMonth());
      month = String.valueOf(date.getMonthValue());
      year = String.valueOf(date.getYear());
    }
  }

  /** What was typed, judged. */
  public sealed interface Parsed {}

  public record Empty() implements Parsed {}

  public record Valid(LocalDate date) implements Parsed {}

  /** Not a real date; {@code problem} is a message key suffix: incomplete, invalid, year. */
  public record Invalid(String problem) implements Parsed {}

  /** A date sent as ISO text (yyyy-mm-dd) by an API client, judged the same way. */
  public static Parsed parseIso(@Nullable String text) {
    String t = Texts.clean(text);
    if (t == null) {
      return new Empty();
    }
    try {
      return new Valid(LocalDate.parse(t));
    } catch (DateTimeException e) {
      return new Invalid("invalid");
    }
  }

  /**
   * A date as a file writes it: {@code 2011-03-27}, or day first as in the UK, {@code 27/03/2011}
   * (or with dots or dashes). Read strictly: a day the month does not have is invalid, never rolled
   * on; a year must have 4 figures ({@code 27/03/11} could be 1911 or 2011).
   */
  public static Parsed parseWritten(@Nullable String text) {
    String t = Texts.clean(text);
    if (t == null) {
      return new Empty();
    }
    Matcher iso = ISO.matcher(t);
    if (iso.matches()) {
      return of(iso.group(1), iso.group(2), iso.group(3));
    }
    Matcher uk = DAY_FIRST.matcher(t);
    if (uk.matches()) {
      return uk.group(4).length() == 4
          ? of(uk.group(4), uk.group(3), uk.group(1))
          : new Invalid("year");
    }
    return new Invalid("invalid");
  }

  private static Parsed of(String year, String month, String day) {
    try {
      return new Valid(
          LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
    } catch (DateTimeException e) {
      return new Invalid("invalid");
    }
  }

  public Parsed parse() {
    String d = Texts.clean(day);
    String m = Texts.clean(month);
    String y = Texts.clean(year);
    if (d == null && m == null && y == null) {
      return new Empty();
    }
    if (d == null || m == null || y == null) {
      return new Invalid("incomplete");
    }
    if (!d.matches("\\d{1,2}") || !m.matches("\\d{1,2}") || !y.matches("\\d{1,4}")) {
      return new Invalid("invalid");
    }
    if (y.length() != 4) {
      return new Invalid("year");
    }
    return of(y, m, d);
  }

  public @Nullable String getDay() {
    return day;
  }

  public void setDay(@Nullable String day) {
    this.day = day;
  }

  public @Nullable String getMonth() {
    return month;
  }

  public void setMonth(@Nullable String month) {
    this.month = month;
  }

  public @Nullable String getYear() {
    return year;
  }

  public void setYear(@Nullable String year) {
    this.year = year;
  }
}
