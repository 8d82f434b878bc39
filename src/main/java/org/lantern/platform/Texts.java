package org.lantern.platform;

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
}
