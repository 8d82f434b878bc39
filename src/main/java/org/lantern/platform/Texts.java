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

  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");

  private Texts() {}

  /** Trims and removes control characters (other than new lines and tabs); blank becomes null. */
  public static @Nullable String clean(@Nullable String value) {
    if (value == null) {
      return null;
    }
    String cleaned =
        CONTROL.matcher(value.replace("\r\n", "\n").replace("\r", "\n")).replaceAll("").strip();
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
   * The text of an uploaded file if it is UTF-8 (a byte-order mark at the start is dropped), or
   * null if any byte sequence is not: an upload in another encoding is refused, never guessed.
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
