package org.lantern.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextsTests {

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", " ", "   ", "\t", "\n\n", "\r\n", " \u0000 ", "\u0007\u001b"})
  void blankOrOnlyControlCharactersIsAbsent(@Nullable String typed) {
    assertThat(Texts.clean(typed)).isNull();
    assertThat(Texts.isBlank(typed)).isTrue();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "'  Amy  '           | Amy",
        "'Amy  Lee'          | Amy  Lee" // inner whitespace kept
      })
  void trimsTheEndsOnly(String typed, String cleaned) {
    assertThat(Texts.clean(typed)).isEqualTo(cleaned);
    assertThat(Texts.isBlank(typed)).isFalse();
  }

  @Test
  void keepsNewLinesAndTabsButNotOtherControlCharacters() {
    assertThat(Texts.clean("line one\r\nline two")).isEqualTo("line one\nline two");
    assertThat(Texts.clean("old Mac\rline breaks")).isEqualTo("old Mac\nline breaks");
    assertThat(Texts.clean("a\tb")).isEqualTo("a\tb");
    assertThat(Texts.clean("a\u0000b\u0007c\u001bd")).isEqualTo("abcd");
    assertThat(Texts.clean("\u0000 Amy \u0000")).isEqualTo("Amy");
  }

  @Test
  void anIdFromAFormIsReadOrNull() {
    assertThat(Texts.uuid(" 0b6f4b4e-5d3b-4f7a-9c1e-2a7c9d0e1f23 "))
        .hasToString("0b6f4b4e-5d3b-4f7a-9c1e-2a7c9d0e1f23");
    assertThat(Texts.uuid("not-an-id")).isNull();
    assertThat(Texts.uuid("   ")).isNull();
    assertThat(Texts.uuid(null)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"=HYPERLINK(\"x\")", "+1", "-1+2", "@SUM(A1)", "\tx", "\rx"})
  void aCellThatLooksLikeAFormulaIsDisarmed(String cell) {
    assertThat(Texts.spreadsheetSafe(cell)).isEqualTo("'" + cell);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Jo Bloggs", "O'Neil", "", "1 = 1"})
  void ordinaryCellsAreLeftAlone(String cell) {
    assertThat(Texts.spreadsheetSafe(cell)).isEqualTo(cell);
  }

  @Test
  void uploadsAreReadAsUtf8WithoutTheByteOrderMarkAndOtherEncodingsAreRefused() {
    byte[] withMark = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'Z', (byte) 0xC3, (byte) 0xA9};
    assertThat(Texts.utf8(withMark)).isEqualTo("Z\u00e9");
    byte[] latin1 = {'Z', (byte) 0xE9};
    assertThat(Texts.utf8(latin1)).isNull();
    assertThat(Texts.utf8(new byte[0])).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // typed                                     | stored
        "'Amy \u202ERETSIM\u202C Lee'                | 'Amy RETSIM Lee'", // right-to-left override
        "'\u202Aa\u202Bb\u202Dc\u202Ed\u202Ce'    | abcde", // embeddings and overrides
        "'\u2066a\u2067b\u2068c\u2069'             | abc", // isolates
        "'\u200Ea\u200Fb\u061Cc'                    | abc", // marks
        "'Jo\u200Bsie\u2060\uFEFF\u00AD'           | Josie", // zero-width and soft hyphen
        "'\uDB40\uDC41Amy'                           | Amy" // a tag character
      })
  void takesOutInvisibleFormatCharacters(String typed, String stored) {
    assertThat(Texts.clean(typed)).isEqualTo(stored);
    assertThat(Texts.plain(typed)).isEqualTo(stored);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Zo\u00eb Bront\u00eb", // accents
        "Siw\u0175 ap Rhys", // Welsh w with a circumflex
        "\u0645\u062d\u0645\u062f", // Arabic letters
        "\u05e9\u05e8\u05d4 \u05dc\u05d5\u05d9", // Hebrew letters
        "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645", // Persian with a zero-width non-joiner
        "\ud83d\udc69\u200d\ud83d\udc67", // an emoji joined by a zero-width joiner
        "O'Neil-Smith"
      })
  void keepsLettersOfEveryScript(String typed) {
    assertThat(Texts.clean(typed)).isEqualTo(typed);
    assertThat(Texts.plain(typed)).isEqualTo(typed);
  }
}
