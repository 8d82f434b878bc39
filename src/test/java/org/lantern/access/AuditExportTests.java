package org.lantern.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lantern.platform.Texts;

class AuditExportTests {

  /** What someone typed (a purpose, a reason, a name) that a spreadsheet would run. */
  static Stream<String> formulas() {
    return Stream.of(
        "=HYPERLINK(\"http://example.invalid\",\"open\")",
        "=1+2",
        "+44 1234 567890",
        "-2+3",
        "@SUM(A1:A2)",
        "\t=1+2",
        "\r=1+2");
  }

  @ParameterizedTest
  @MethodSource("formulas")
  void textASpreadsheetWouldRunAsAFormulaIsQuoted(String value) {
    assertThat(Texts.spreadsheetSafe(value)).isEqualTo("'" + value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"raise a concern", "a=b", "1+1", "front-door", "O'Brien, Amy", " =1"})
  void ordinaryTextIsUnchanged(String value) {
    assertThat(Texts.spreadsheetSafe(value)).isEqualTo(value);
  }

  @ParameterizedTest
  @NullAndEmptySource
  void nothingStaysNothing(@Nullable String value) {
    assertThat(Texts.spreadsheetSafe(value)).isEqualTo(value);
  }
}
