package org.lantern.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.StaticMessageSource;

/** How every upload reads a CSV file: the quoting rules, each broken line said in words. */
class CsvTableTests {

  static CsvTable read(String text) {
    return CsvTable.read(text.getBytes(StandardCharsets.UTF_8));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {
        // line                           | the problem            | in cell
        "'a,b,c'                          | null                    | -1",
        "'\"a, b\",\"say \"\"hi\"\"\",c'  | null                    | -1",
        "'a, \"b\" ,c'                    | null                    | -1", // spaces round quotes
        "'a,,'                            | null                    | -1",
        "'a,\"b'                          | UNCLOSED_QUOTE          | 1",
        "'\"a,b,c'                        | UNCLOSED_QUOTE          | 0",
        "'a,\"b\"\"'                      | UNCLOSED_QUOTE          | 1",
        "'a,=HYPERLINK(\"http://x\",\"y\")' | QUOTE_IN_UNQUOTED_FIELD | 1",
        "'5''10\",b'                      | QUOTE_IN_UNQUOTED_FIELD | 0",
        "'a,\"b\"c,d'                     | TEXT_AFTER_CLOSING_QUOTE | 1"
      })
  void eachLineIsReadOrSaysWhatIsWrongAndWhere(
      String line, CsvTable.@Nullable Problem problem, int cell) {
    CsvTable.Row row = read("one,two,three\n" + line + "\n").rows().getFirst();
    assertThat(row.problem()).isEqualTo(problem);
    assertThat(row.problemCell()).isEqualTo(cell);
    assertThat(row.readable()).isEqualTo(problem == null);
  }

  @Test
  void cellsAreAsWrittenWithQuotesUndone() {
    CsvTable.Row row =
        read("one,two,three,four\n\"a, b\",\"say \"\"hi\"\"\", c ,\n").rows().getFirst();
    assertThat(row.cells()).containsExactly("a, b", "say \"hi\"", " c ", "");
    assertThat(row.cell(4)).isNull();
  }

  @Test
  void aBrokenLineNeverSwallowsTheLinesAfterIt() {
    CsvTable table =
        read(
            "name,born\n"
                + "\"Amy,2011-01-01\n"
                + "Ben,2011-01-01\n"
                + "Cal,\"2011-01-01\n"
                + "\"Dee\",2011-01-01\n");
    assertThat(table.rows()).extracting(CsvTable.Row::line).containsExactly(2, 3, 4, 5);
    assertThat(table.rows())
        .extracting(CsvTable.Row::problem)
        .containsExactly(
            CsvTable.Problem.UNCLOSED_QUOTE, null, CsvTable.Problem.UNCLOSED_QUOTE, null);
    assertThat(table.rows().get(1).cells()).containsExactly("Ben", "2011-01-01");
    assertThat(table.rows().get(3).cells()).containsExactly("Dee", "2011-01-01");
    assertThat(table.rows().get(2).cells()).as("read before the problem").containsExactly("Cal");
  }

  @Test
  void linesAreNumberedAsTheFileHasThemWhateverTheirEnds() {
    CsvTable table = read("\uFEFFname,born\r\n\r\nAmy,2011\rBen,2012\n\nCal,2013");
    assertThat(table.columns()).containsExactly("name", "born");
    assertThat(table.rows()).extracting(CsvTable.Row::line).containsExactly(3, 4, 6);
    assertThat(table.rows()).extracting(r -> r.cell(0)).containsExactly("Amy", "Ben", "Cal");
  }

  @Test
  void aLineInAnotherEncodingIsReportedOnItsOwn() throws Exception {
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    file.write("name\nZoë\n".getBytes(StandardCharsets.UTF_8));
    file.write("Chloé\n".getBytes(StandardCharsets.ISO_8859_1));
    file.write("Amy\n".getBytes(StandardCharsets.UTF_8));
    CsvTable table = CsvTable.read(file.toByteArray());
    assertThat(table.utf8()).isFalse();
    assertThat(table.rows())
        .extracting(CsvTable.Row::problem)
        .containsExactly(null, CsvTable.Problem.NOT_UTF8, null);
    assertThat(table.rows().get(0).cell(0)).isEqualTo("Zoë");
  }

  @Test
  void utf16IsNotUtf8() {
    assertThat(CsvTable.read("name\nAmy\n".getBytes(StandardCharsets.UTF_16LE)).utf8()).isFalse();
    assertThat(CsvTable.read("name\nAmy\n".getBytes(StandardCharsets.UTF_16)).utf8()).isFalse();
  }

  @Test
  void emptyAndBlankFilesHaveNoHeader() {
    assertThat(read("").header()).isNull();
    assertThat(read(" \n\r\n").header()).isNull();
    assertThat(read("a,b\n").rows()).isEmpty();
  }

  @Test
  void directionControlsAndOtherHiddenCharactersAreTakenOutOfEveryCell() {
    CsvTable table = read("gi\u200Bven,family\n\u202EAmy\u202C,\"L\u2066ee\u2069\"\n");
    assertThat(table.columns()).containsExactly("given", "family");
    assertThat(table.rows().getFirst().cells()).containsExactly("Amy", "Lee");
  }

  @Test
  void aProblemIsSaidWithItsColumnAsTheFileNamesIt() {
    StaticMessageSource messages = new StaticMessageSource();
    messages.addMessage("upload.csv.problem", Locale.UK, "{0}: {1}");
    messages.addMessage("upload.csv.unclosedQuote", Locale.UK, "A quote mark never closes");
    messages.addMessage("upload.csv.encoding", Locale.UK, "Not UTF-8");
    CsvTable table =
        CsvTable.read(
            concat(
                "Forename,Surname\nAmy,\"Lee\n".getBytes(StandardCharsets.UTF_8),
                "Chloé,Carter\n".getBytes(StandardCharsets.ISO_8859_1)));

    List<String> said =
        table.rows().stream().map(r -> messages.getMessage(table.describe(r), Locale.UK)).toList();

    assertThat(said).containsExactly("Surname: A quote mark never closes", "Not UTF-8");
    assertThat(table.problemColumn(table.rows().getFirst())).isEqualTo("Surname");
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = new byte[a.length + b.length];
    System.arraycopy(a, 0, both, 0, a.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }
}
