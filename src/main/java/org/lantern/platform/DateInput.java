package org.lantern.platform;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The three boxes of a GOV.UK date input (day, month, year) as typed. Bound from {@code field.day},
 * {@code field.month} and {@code field.year}.
 */
public class DateInput {

  /**
   * Year first, with dashes, slashes or dots; a time after it (a spreadsheet's or a database's
   * export, "2011-03-27 00:00:00" or "2011-03-27T00:00:00Z") is not part of a date of birth.
   */
  private static final Pattern ISO =
      Pattern.compile(
          "(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})"
              + "(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?");

  private static final Pattern DAY_FIRST =
      Pattern.compile("(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{1,4})");

  /** Eight figures, as many systems export a date: 20110327 or 27032011. */
  private static final Pattern COMPACT = Pattern.compile("\\d{8}");

  /** The month in words: "27 March 2011", "27-Mar-2011", "27th Sept 2011". */
  private static final Pattern MONTH_IN_WORDS =
      Pattern.compile(
          "(\\d{1,2})(?:st|nd|rd|th)?[ /.-]*([A-Za-z]{3,9})\\.?[ /.,-]*(\\d{4})",
          Pattern.CASE_INSENSITIVE);

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
   * A date as a file writes it: {@code 2011-03-27} (or with slashes or dots, and a time after it
   * ignored), day first as in the UK, {@code 27/03/2011} (or with dots or dashes), eight figures
   * ({@code 20110327} or {@code 27032011}), or the month in words ({@code 27 March 2011}, {@code
   * 27-Mar-2011}). Read strictly: a day the month does not have is invalid, never rolled on; a year
   * must have 4 figures ({@code 27/03/11} could be 1911 or 2011); month first, as in the US ({@code
   * 03/27/2011}), is not a real date here and says so.
   */
  public static Parsed parseWritten(@Nullable String text) {
    String t = Texts.clean(text);
    if (t == null) {
      return new Empty();
    }
    Matcher iso = ISO.matcher(t);
    if (iso.matches()) {
      return of(iso.group(1), iso.group(3), iso.group(4));
    }
    Matcher uk = DAY_FIRST.matcher(t);
    if (uk.matches()) {
      return uk.group(4).length() == 4
          ? of(uk.group(4), uk.group(3), uk.group(1))
          : new Invalid("year");
    }
    if (COMPACT.matcher(t).matches()) {
      return compact(t);
    }
    Matcher words = MONTH_IN_WORDS.matcher(t);
    if (words.matches()) {
      int month = month(words.group(2));
      return month == 0
          ? new Invalid("invalid")
          : of(words.group(3), String.valueOf(month), words.group(1));
    }
    return new Invalid("invalid");
  }

  /**
   * Eight figures: year first (20110327) when that is a real date in 1900–2099, otherwise day first
   * (27032011) on the same terms. The two never both fit: year first needs a month (01–12) in the
   * fifth and sixth figures, day first a year beginning 19 or 20 there.
   */
  private static Parsed compact(String t) {
    if (plausibleYear(t.substring(0, 4))
        && of(t.substring(0, 4), t.substring(4, 6), t.substring(6)) instanceof Valid yearFirst) {
      return yearFirst;
    }
    if (plausibleYear(t.substring(4))) {
      return of(t.substring(4), t.substring(2, 4), t.substring(0, 2));
    }
    return new Invalid("invalid");
  }

  private static boolean plausibleYear(String year) {
    return year.startsWith("19") || year.startsWith("20");
  }

  /** 1–12 for a month's name or its first three letters ("Sept" too); 0 for anything else. */
  private static int month(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    for (Month m : Month.values()) {
      String name = m.name().toLowerCase(Locale.ROOT);
      if (w.equals(name)
          || w.equals(name.substring(0, 3))
          || m == Month.SEPTEMBER && w.equals("sept")) {
        return m.getValue();
      }
    }
    return 0;
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
