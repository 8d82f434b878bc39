package org.lantern.platform;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Normalising what people type: trimmed, inner whitespace kept, empty becomes absent. */
public final class Texts {

  /**
   * What never belongs in what people type, and is taken out on every path (forms, APIs, CSV):
   * control characters other than tab and line ends, and invisible format characters (Unicode
   * category Cf) — direction controls (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C),
   * zero-width spaces, soft hyphens, byte-order marks and tag characters — which can turn a table
   * cell's text round or hide text. Kept: the zero-width joiner and non-joiner (needed to write
   * Persian, Indic scripts and emoji) and the Arabic and Syriac signs that are drawn.
   */
  private static final Pattern HIDDEN =
      Pattern.compile(
          "[\\p{Cc}&&[^\\n\\r\\t]]"
              + "|[\\p{Cf}&&[^\\u200C\\u200D\\u0600-\\u0605\\u06DD\\u070F\\u0890\\u0891\\u08E2"
              + "\\x{110BD}\\x{110CD}]]");

  private Texts() {}

  /**
   * Takes out control and invisible format characters (see {@link #HIDDEN}); everything else,
   * spaces and line ends included, is kept as typed. Applied to every string a form, an API request
   * or an uploaded file brings in.
   */
  public static @Nullable String plain(@Nullable String value) {
    if (value == null) {
      return null;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c >= 0x7F) {
        return HIDDEN.matcher(value).replaceAll("");
      }
    }
    return value;
  }

  /**
   * Trims, makes line ends new lines, and takes out control and invisible format characters (see
   * {@link #plain}); blank becomes null.
   */
  public static @Nullable String clean(@Nullable String value) {
    if (value == null) {
      return null;
    }
    String cleaned = plain(value.replace("\r\n", "\n").replace("\r", "\n")).strip();
    return cleaned.isEmpty() ? null : cleaned;
  }

  public static boolean isBlank(@Nullable String value) {
    return clean(value) == null;
  }

  /** An id sent back by a form or a link; anything that is not one (or nothing) is null. */
  public static @Nullable UUID uuid(@Nullable String value) {
    String v = clean(value);
    if (v == null) {
      return null;
    }
    try {
      return UUID.fromString(v);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * A cell for a CSV export that a spreadsheet will not run: text starting like a formula (=, +,
   * -, @, tab, carriage return) gets a leading apostrophe.
   */
  public static @Nullable String spreadsheetSafe(@Nullable String cell) {
    if (cell != null && !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
      return "'" + cell;
    }
    return cell;
  }

  /**
   * The text of an uploaded file, or of one of its lines ({@link CsvTable} reads line by line), if
   * it is UTF-8 (a byte-order mark at the start is dropped), or null if any byte sequence is not:
   * text in another encoding is refused, never guessed.
   */
  public static @Nullable String utf8(byte[] bytes) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
