package org.lantern.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lantern.people.Sex;
import org.lantern.platform.DateRules;
import org.lantern.platform.DateSettings;

class ListCsvTests {

  static final LocalDate LIST_DATE = LocalDate.of(2026, 11, 17);

  /** The partnership's date rule with its default settings, the day after the list. */
  static final DateRules DATES =
      new DateRules(
          new DateSettings(25, LocalDate.of(2000, 1, 1), 10, 110),
          Clock.fixed(Instant.parse("2026-11-18T12:00:00Z"), ZoneOffset.UTC));

  static ListCsv.Parsed read(String text) {
    return ListCsv.read(text.getBytes(StandardCharsets.UTF_8), LIST_DATE, DATES);
  }

  @Test
  void commonHeaderNamesAreUnderstood() {
    ListCsv.Parsed parsed =
        read(
            "\uFEFFForename,SURNAME,D.O.B.,Gender,Post Code,Reference\n"
                + "Jess,Okafor,3/4/2011,F,st16 2lh,MFH-1\n");
    assertThat(parsed.fileProblem()).isNull();
    ListedChild child = parsed.rows().getFirst().child();
    assertThat(child).isNotNull();
    assertThat(child.givenName()).isEqualTo("Jess");
    assertThat(child.familyName()).isEqualTo("Okafor");
    assertThat(child.dateOfBirth()).isEqualTo(LocalDate.of(2011, 4, 3));
    assertThat(child.sex()).isEqualTo(Sex.FEMALE);
    assertThat(child.postcode().value()).isEqualTo("ST16 2LH");
    assertThat(child.otherId()).isEqualTo("MFH-1");
  }

  @Test
  void withoutNameColumnsTheFileIsRefusedWhole() {
    ListCsv.Parsed parsed = read("name,dob\nJess Okafor,2011-04-03\n");
    assertThat(parsed.fileProblem().key()).isEqualTo("lists.upload.columns");
    assertThat(parsed.fileProblem().arguments()).containsExactly("given_name, family_name");
    assertThat(parsed.rows()).isEmpty();
  }

  @Test
  void aColumnGivenTwiceIsRefused() {
    assertThat(read("first name,forename,surname\nA,B,C\n").fileProblem().key())
        .isEqualTo("lists.upload.columnTwice");
  }

  @Test
  void notUtf8IsRefusedWhole() {
    byte[] latin1 = "given_name,family_name\nZoë,Brontë\n".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(ListCsv.read(latin1, LIST_DATE, DATES).fileProblem().key())
        .isEqualTo("lists.upload.encoding");
    byte[] utf16 = "given_name,family_name\nA,B\n".getBytes(StandardCharsets.UTF_16);
    assertThat(ListCsv.read(utf16, LIST_DATE, DATES).fileProblem().key())
        .isEqualTo("lists.upload.encoding");
  }

  @Test
  void tooManyRowsOrBytesIsRefusedWhole() {
    StringBuilder many = new StringBuilder("given_name,family_name\n");
    for (int i = 0; i <= ListCsv.MAX_ROWS; i++) {
      many.append("Amy,Lee\n");
    }
    assertThat(read(many.toString()).fileProblem().key()).isEqualTo("lists.upload.tooMany");
    assertThat(ListCsv.read(new byte[ListCsv.MAX_BYTES + 1], LIST_DATE, DATES).fileProblem().key())
        .isEqualTo("lists.upload.tooBig");
  }

  @Test
  void emptyFilesAreRefused() {
    assertThat(read("").fileProblem().key()).isEqualTo("lists.upload.empty");
    assertThat(read("given_name,family_name\n").fileProblem().key())
        .isEqualTo("lists.upload.noRows");
  }

  @Test
  void badRowsSayWhatIsWrongAndGoodRowsStand() {
    ListCsv.Parsed parsed =
        read(
            """
            given_name,family_name,date_of_birth,sex,postcode
            Amy,Lee,31/02/2011,F,
            ,Lee,2011-01-01,,
            Ben,Cole,2011-01-01,dragon,NOT A POSTCODE
            Cara,Ash,2030-01-01,,
            Dan,Oak,03/04/11,,
            Eve,Elm,1990-01-01,,
            Fin,Yew,2012,M,
            """);
    List<ListCsv.Row> rows = parsed.rows();
    assertThat(rows).hasSize(7);
    assertThat(keys(rows.get(0))).containsExactly("lists.row.dateOfBirth.invalid");
    assertThat(rows.get(0).line()).isEqualTo(2);
    assertThat(keys(rows.get(1))).containsExactly("lists.row.givenName.missing");
    assertThat(keys(rows.get(2)))
        .containsExactly("lists.row.sex.invalid", "lists.row.postcode.invalid");
    assertThat(keys(rows.get(3))).containsExactly("lists.row.dateOfBirth.future");
    assertThat(keys(rows.get(4))).containsExactly("lists.row.dateOfBirth.invalid");
    assertThat(keys(rows.get(5))).containsExactly("lists.row.dateOfBirth.notAChild");
    assertThat(rows.get(6).child()).isNotNull();
    assertThat(rows.get(6).child().birthYear()).isEqualTo(2012);
    assertThat(rows.get(6).child().dateOfBirth()).isNull();
  }

  @ParameterizedTest
  @CsvSource({
    "2011-04-03, 2011-04-03, 2011, 4",
    "3/4/2011, 2011-04-03, 2011, 4",
    "03.04.2011, 2011-04-03, 2011, 4",
    "03-04-2011, 2011-04-03, 2011, 4",
    "04/2011, , 2011, 4",
    "2011-04, , 2011, 4",
    "2011, , 2011, "
  })
  void datesWholeOrInPart(String typed, LocalDate date, int year, Integer month) {
    ListCsv.BirthDate read = ListCsv.birthDate(typed);
    assertThat(read).isNotNull();
    assertThat(read.date()).isEqualTo(date);
    assertThat(read.year()).isEqualTo(year);
    assertThat(read.month()).isEqualTo(month);
  }

  @ParameterizedTest
  @CsvSource({"31/02/2011", "13/2011", "03/04/11", "April 2011", "2011-13-01", "yesterday"})
  void datesThatAreNotDates(String typed) {
    assertThat(ListCsv.birthDate(typed)).isNull();
  }

  @Test
  void theSameRowHasTheSameKeyWhateverItsCaseOrSpaces() {
    ListCsv.Parsed parsed =
        read("given_name,family_name,dob\nAmy,Lee,2011-01-01\n  amy , LEE ,2011-01-01\n");
    assertThat(parsed.rows().get(0).child().key()).isEqualTo(parsed.rows().get(1).child().key());
  }

  @ParameterizedTest(name = "born {0}: {1}")
  @CsvSource(
      nullValues = "null",
      value = {
        "2000-11-18, null", // 25 on the date of the list
        "2000-11-17, lists.row.dateOfBirth.notAChild", // 26 that day
        "2000, null", // some days of 2000 make the child 25
        "1999, lists.row.dateOfBirth.notAChild", // none of 1999 does
        "11/2000, null",
        "10/2000, lists.row.dateOfBirth.notAChild",
        "2026-11-17, null", // born the day of the list
        "2026-11-18, lists.row.dateOfBirth.future", // after it
        "12/2026, lists.row.dateOfBirth.future",
        "0001-01-01, lists.row.dateOfBirth.notAChild",
        "9999-01-01, lists.row.dateOfBirth.future",
        "31/02/2012, lists.row.dateOfBirth.invalid"
      })
  void aChildIsInTheAgeRangeOnTheDateOfTheList(String born, String key) {
    ListCsv.Row row = read("given_name,family_name,dob\nAmy,Lee," + born + "\n").rows().getFirst();
    if (key == null) {
      assertThat(row.problems()).isEmpty();
    } else {
      assertThat(keys(row)).containsExactly(key);
    }
  }

  @Test
  void aRowWithBrokenQuotesIsRefusedSayingWhereAndTheOthersStand() {
    ListCsv.Parsed parsed =
        read(
            "Forename,Surname,DOB\n"
                + "Amy,\"Lee,2011-01-01\n"
                + "=HYPERLINK(\"http://x\",\"y\"),Lee,2011-01-01\n"
                + "Cara,Ash,2011-01-01\n");
    List<ListCsv.Row> rows = parsed.rows();
    assertThat(parsed.fileProblem()).isNull();
    assertThat(rows).extracting(ListCsv.Row::line).containsExactly(2L, 3L, 4L);
    assertThat(rows.get(0).problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.key()).isEqualTo("upload.csv.problem");
              assertThat(p.arguments().getFirst()).isEqualTo("Surname");
            });
    assertThat(rows.get(0).shownName()).isEqualTo("Amy");
    assertThat(rows.get(1).problems())
        .singleElement()
        .extracting(ListCsv.Problem::key)
        .isEqualTo("upload.csv.problem");
    assertThat(rows.get(2).child()).isNotNull();
  }

  @Test
  void aHeaderWithBrokenQuotesRefusesTheFile() {
    assertThat(read("\"Forename,Surname\nAmy,Lee\n").fileProblem().key())
        .isEqualTo("lists.upload.header");
  }

  @Test
  void directionControlsAreTakenOutOfNames() {
    ListedChild child =
        read("Forename,Surname\n\u202EAmy\u202C,L\u2066ee\n").rows().getFirst().child();
    assertThat(child.givenName()).isEqualTo("Amy");
    assertThat(child.familyName()).isEqualTo("Lee");
  }

  private static List<String> keys(ListCsv.Row row) {
    return row.problems().stream().map(ListCsv.Problem::key).toList();
  }
}
