package org.lantern.people.linkage;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Address lines as the linkage engine compares them: lower case, without punctuation, the common
 * abbreviations of street types written out ("12 Mill Rd." is "12 mill road"), the house number
 * (the first word with a digit) apart from the street (the words after it).
 */
final class Addresses {

  private static final Map<String, String> WRITTEN_OUT =
      Map.ofEntries(
          Map.entry("rd", "road"),
          Map.entry("st", "street"),
          Map.entry("ave", "avenue"),
          Map.entry("av", "avenue"),
          Map.entry("ln", "lane"),
          Map.entry("cl", "close"),
          Map.entry("dr", "drive"),
          Map.entry("cres", "crescent"),
          Map.entry("ct", "court"),
          Map.entry("gdns", "gardens"),
          Map.entry("gr", "grove"),
          Map.entry("pl", "place"),
          Map.entry("sq", "square"),
          Map.entry("terr", "terrace"),
          Map.entry("tce", "terrace"),
          Map.entry("hse", "house"),
          Map.entry("flt", "flat"));

  private Addresses() {}

  /** An address taken apart: every word, the house number, the street. */
  record Parsed(String text, @Nullable String number, @Nullable String street) {}

  static @Nullable Parsed parse(@Nullable String lines) {
    List<String> words = words(lines);
    if (words.isEmpty()) {
      return null;
    }
    String number = null;
    List<String> street = new ArrayList<>();
    for (String w : words) {
      if (number == null && w.chars().anyMatch(Character::isDigit)) {
        number = w;
      } else if (number != null && street.size() < 4 && w.chars().noneMatch(Character::isDigit)) {
        street.add(w);
      }
    }
    return new Parsed(
        String.join(" ", words), number, street.isEmpty() ? null : String.join(" ", street));
  }

  /** A town as compared: lower-case words without punctuation; null when none. */
  static @Nullable String town(@Nullable String town) {
    List<String> words = words(town);
    return words.isEmpty() ? null : String.join(" ", words);
  }

  private static List<String> words(@Nullable String text) {
    List<String> words = new ArrayList<>();
    if (text == null) {
      return words;
    }
    String plain =
        Normalizer.normalize(text, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.UK)
            .replaceAll("[^a-z0-9]+", " ")
            .strip();
    for (String w : plain.split(" ")) {
      if (!w.isEmpty()) {
        words.add(WRITTEN_OUT.getOrDefault(w, w));
      }
    }
    return words;
  }
}
