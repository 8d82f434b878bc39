package org.lantern.lists;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.lantern.people.Postcode;
import org.lantern.people.Sex;
import org.lantern.platform.CsvTable;
import org.lantern.platform.DateInput;
import org.lantern.platform.DateRules;
import org.lantern.platform.Texts;
import org.springframework.context.MessageSourceResolvable;

/**
 * Reads a list file: CSV, UTF-8 (a byte-order mark is allowed), a header row, one child a row. The
 * columns are named as agencies' exports name them ("Forename", "Surname", "DOB", "Gender"...); see
 * {@link #COLUMNS}. A problem with the file as a whole (encoding, size, no name columns) refuses it
 * whole; a problem with a row (its quoting broken, a name missing, a date of birth the
 * partnership's date rule refuses) refuses that row only, with the reason. Read through the shared
 * {@link CsvTable}. Pure: no database.
 */
final class ListCsv {

  /** Larger than this is not one agency's list. */
  static final int MAX_BYTES = 2 * 1024 * 1024;

  /** More rows than this is refused whole, so nothing is half-read. */
  static final int MAX_ROWS = 2_000;

  /** A list's column, with the header names accepted for it (compared without case or spaces). */
  enum Column {
    GIVEN_NAME("given_name", "givenname", "firstname", "forename", "forenames", "givennames"),
    FAMILY_NAME("family_name", "familyname", "surname", "lastname"),
    DATE_OF_BIRTH("date_of_birth", "dateofbirth", "dob", "birthdate", "born"),
    SEX("sex", "sex", "gender"),
    POSTCODE("postcode", "postcode", "postalcode"),
    OTHER_ID("other_id", "otherid", "id", "reference", "ref", "localid", "agencyid");

    final String documented;
    final Set<String> names;

    Column(String documented, String... names) {
      this.documented = documented;
      this.names = Set.of(names);
    }

    static @Nullable Column named(String header) {
      String plain = header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
      for (Column c : values()) {
        if (c.names.contains(plain)) {
          return c;
        }
      }
      return null;
    }
  }

  /** The documented header names, in order, as the upload page lists them. */
  static final List<String> COLUMNS =
      Arrays.stream(Column.values()).map(c -> c.documented).toList();

  /** A message key with its arguments (which may be resolvable messages themselves). */
  record Problem(String key, List<Object> arguments) {
    static Problem of(String key, Object... arguments) {
      return new Problem(key, List.of(arguments));
    }
  }

  /** One data row: its line in the file, and the child it describes or what is wrong with it. */
  record Row(long line, @Nullable ListedChild child, List<Problem> problems, String shownName) {}

  /** The file: a problem with the whole of it, or its rows. */
  record Parsed(@Nullable Problem fileProblem, List<Row> rows) {}

  private static final Pattern MONTH_YEAR = Pattern.compile("(\\d{1,2})[/.-](\\d{4})");
  private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  private ListCsv() {}

  static Parsed read(byte[] bytes, LocalDate listDate, DateRules dates) {
    if (bytes.length > MAX_BYTES) {
      return file("lists.upload.tooBig", MAX_BYTES / (1024 * 1024));
    }
    CsvTable table = CsvTable.read(bytes);
    if (!table.utf8()) {
      return file("lists.upload.encoding");
    }
    CsvTable.Row header = table.header();
    if (header == null) {
      return file("lists.upload.empty");
    }
    if (!header.readable()) {
      return file("lists.upload.header", table.describe(header));
    }
    Map<Column, Integer> headerOf = new LinkedHashMap<>();
    List<String> names = table.columns();
    for (int i = 0; i < names.size(); i++) {
      Column c = Column.named(names.get(i));
      if (c != null && headerOf.putIfAbsent(c, i) != null) {
        return file("lists.upload.columnTwice", c.documented);
      }
    }
    List<String> missing =
        List.of(Column.GIVEN_NAME, Column.FAMILY_NAME).stream()
            .filter(c -> !headerOf.containsKey(c))
            .map(c -> c.documented)
            .toList();
    if (!missing.isEmpty()) {
      return file("lists.upload.columns", String.join(", ", missing));
    }
    if (table.rows().size() > MAX_ROWS) {
      return file("lists.upload.tooMany", MAX_ROWS);
    }
    if (table.rows().isEmpty()) {
      return file("lists.upload.noRows");
    }
    List<Row> rows = new ArrayList<>();
    for (CsvTable.Row r : table.rows()) {
      rows.add(r.readable() ? row(r, headerOf, listDate, dates) : unreadable(table, r, headerOf));
    }
    return new Parsed(null, rows);
  }

  /** A line whose quoting is broken: refused, with the names read before the problem. */
  private static Row unreadable(CsvTable table, CsvTable.Row r, Map<Column, Integer> headerOf) {
    MessageSourceResolvable what = table.describe(r);
    Object[] arguments = what.getArguments();
    return new Row(
        r.line(),
        null,
        List.of(
            new Problem(what.getCodes()[0], arguments == null ? List.of() : List.of(arguments))),
        shown(value(r, headerOf, Column.GIVEN_NAME), value(r, headerOf, Column.FAMILY_NAME)));
  }

  private static Row row(
      CsvTable.Row r, Map<Column, Integer> headerOf, LocalDate listDate, DateRules dates) {
    long line = r.line();
    List<Problem> problems = new ArrayList<>();
    String given = value(r, headerOf, Column.GIVEN_NAME);
    String family = value(r, headerOf, Column.FAMILY_NAME);
    if (given == null) {
      problems.add(Problem.of("lists.row.givenName.missing"));
    } else if (given.length() > 100 || !given.codePoints().anyMatch(Character::isLetter)) {
      problems.add(Problem.of("lists.row.givenName.invalid"));
    }
    if (family == null) {
      problems.add(Problem.of("lists.row.familyName.missing"));
    } else if (family.length() > 100 || !family.codePoints().anyMatch(Character::isLetter)) {
      problems.add(Problem.of("lists.row.familyName.invalid"));
    }
    LocalDate born = null;
    Integer year = null;
    Integer month = null;
    String bornText = value(r, headerOf, Column.DATE_OF_BIRTH);
    if (bornText != null) {
      BirthDate date = birthDate(bornText);
      // a month or a year of birth is refused only if no day in it could be right
      DateRules.Problem earliest =
          date == null ? null : dates.childBirth(date.earliest(), listDate);
      DateRules.Problem latest = date == null ? null : dates.childBirth(date.latest(), listDate);
      if (date == null) {
        problems.add(Problem.of("lists.row.dateOfBirth.invalid", bornText));
      } else if (earliest != null && !earliest.code().equals("tooOld")) {
        problems.add(Problem.of("lists.row.dateOfBirth.future"));
      } else if (latest != null && latest.code().equals("tooOld")) {
        problems.add(new Problem("lists.row.dateOfBirth.notAChild", latest.arguments()));
      } else {
        born = date.date();
        year = date.year();
        month = date.month();
      }
    }
    Sex sex = Sex.NOT_KNOWN;
    String sexText = value(r, headerOf, Column.SEX);
    if (sexText != null) {
      Sex read = sex(sexText);
      if (read == null) {
        problems.add(Problem.of("lists.row.sex.invalid", sexText));
      } else {
        sex = read;
      }
    }
    Postcode postcode = null;
    String postcodeText = value(r, headerOf, Column.POSTCODE);
    if (postcodeText != null) {
      if (Postcode.isValid(postcodeText)) {
        postcode = Postcode.parse(postcodeText);
      } else {
        problems.add(Problem.of("lists.row.postcode.invalid", postcodeText));
      }
    }
    String otherId = value(r, headerOf, Column.OTHER_ID);
    if (otherId != null && otherId.length() > 100) {
      problems.add(Problem.of("lists.row.otherId.invalid"));
    }
    String shown = shown(given, family);
    if (!problems.isEmpty()) {
      return new Row(line, null, problems, shown);
    }
    return new Row(
        line,
        new ListedChild(given, family, born, year, month, sex, postcode, otherId),
        List.of(),
        shown);
  }

  /** The name a row is shown by in the upload's report. */
  private static String shown(@Nullable String given, @Nullable String family) {
    String shown = ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
    return shown.length() > 100 ? shown.substring(0, 100) : shown;
  }

  /** A whole date, a month and year, or a year; and the latest day it can mean. */
  record BirthDate(
      @Nullable LocalDate date,
      int year,
      @Nullable Integer month,
      LocalDate earliest,
      LocalDate latest) {}

  /**
   * {@code 2011-04-03}, {@code 3/4/2011} (day first, as in the UK; also with dots or dashes), a
   * month and year ({@code 04/2011}, {@code 2011-04}) or a year ({@code 2011}). Two-figure years
   * are refused: 03/04/11 could be 1911 or 2011.
   */
  static @Nullable BirthDate birthDate(String text) {
    String t = text.strip();
    if (DateInput.parseWritten(t) instanceof DateInput.Valid whole) {
      LocalDate d = whole.date();
      return new BirthDate(d, d.getYear(), d.getMonthValue(), d, d);
    }
    Matcher m = MONTH_YEAR.matcher(t);
    Matcher ym = YEAR_MONTH.matcher(t);
    Integer month = null;
    Integer year = null;
    if (m.matches()) {
      month = Integer.valueOf(m.group(1));
      year = Integer.valueOf(m.group(2));
    } else if (ym.matches()) {
      year = Integer.valueOf(ym.group(1));
      month = Integer.valueOf(ym.group(2));
    } else if (YEAR.matcher(t).matches()) {
      int y = Integer.parseInt(t);
      return new BirthDate(null, y, null, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
    }
    if (month == null || year == null || month < 1 || month > 12) {
      return null;
    }
    YearMonth ymonth = YearMonth.of(year, month);
    return new BirthDate(null, year, month, ymonth.atDay(1), ymonth.atEndOfMonth());
  }

  static @Nullable Sex sex(String text) {
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "f", "female", "girl" -> Sex.FEMALE;
      case "m", "male", "boy" -> Sex.MALE;
      case "u", "unknown", "not known", "not stated", "x" -> Sex.NOT_KNOWN;
      default -> null;
    };
  }

  private static @Nullable String value(CsvTable.Row r, Map<Column, Integer> headerOf, Column c) {
    Integer index = headerOf.get(c);
    return index == null ? null : Texts.clean(r.cell(index));
  }

  private static Parsed file(String key, Object... args) {
    return new Parsed(Problem.of(key, args), List.of());
  }
}
