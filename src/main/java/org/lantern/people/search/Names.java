package org.lantern.people.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.jspecify.annotations.Nullable;

/** Turning names into comparable tokens: lower case, no accents, no punctuation. */
public final class Names {

  private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();

  private Names() {}

  /** "Zoë O'Brien-Smith" gives [zoe, obrien, smith]. */
  public static List<String> tokens(@Nullable String text) {
    if (text == null) {
      return List.of();
    }
    if (isAscii(text)) {
      return asciiTokens(text);
    }
    String plain =
        Normalizer.normalize(text, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.UK)
            .replaceAll("['\u2019`]", "");
    List<String> tokens = new ArrayList<>();
    for (String part : plain.split("[^\\p{L}\\p{N}]+")) {
      if (!part.isEmpty()) {
        tokens.add(part);
      }
    }
    return tokens;
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  /** The same as the general way for plain ASCII text, without regular expressions. */
  private static List<String> asciiTokens(String text) {
    List<String> tokens = new ArrayList<>(3);
    StringBuilder token = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        token.append((char) (c + ('a' - 'A')));
      } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        token.append(c);
      } else if (c != '\'' && c != '`') {
        if (!token.isEmpty()) {
          tokens.add(token.toString());
          token.setLength(0);
        }
      }
    }
    if (!token.isEmpty()) {
      tokens.add(token.toString());
    }
    return tokens;
  }

  /** Tokens of a family name, plus the joined form of a double-barrelled one. */
  public static Set<String> familyTokens(@Nullable String familyName) {
    List<String> parts = tokens(familyName);
    Set<String> all = new LinkedHashSet<>(parts);
    if (parts.size() > 1) {
      all.add(String.join("", parts));
    }
    return all;
  }

  /** Sound-alike codes (Double Metaphone primary and alternate). */
  public static Set<String> phonetic(String token) {
    Set<String> codes = new LinkedHashSet<>();
    String primary = METAPHONE.doubleMetaphone(token);
    String alternate = METAPHONE.doubleMetaphone(token, true);
    if (primary != null && !primary.isEmpty()) {
      codes.add(primary);
    }
    if (alternate != null && !alternate.isEmpty()) {
      codes.add(alternate);
    }
    return codes;
  }
}
