package org.lantern.people.linkage;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a first name is said, written so that two spellings of one name read the same and two names
 * that only rhyme or share their consonants do not: "Sophia" and "Sofia", "Rhys" and "Reece", "Kai"
 * and "Kye", "Isabel" and "Isabelle", "Layla" and "Leila" read alike; "Jack" and "Jake", "Ella" and
 * "Ellie", "Mia" and "Maya" do not. Double Metaphone, which the sound-alike level uses, keeps only
 * the consonants, so it cannot tell a spelling from a rhyme; this keeps the vowels, as a reader of
 * English names says them: a final silent "e" lengthens the vowel before a single consonant
 * ("Jake") and not after a double one ("Isabelle"), and so does an ending "-ie", "-y", "-ey", "-ee"
 * or "-i" ("Casey", "Miley"; not "Cassie", "Millie"), which are otherwise one ending; "ee", "ea",
 * "ai", "ay", "ei", a "y" between consonants and a final "ye" are one long vowel; "ph" is "f", a
 * soft "c" is "s" and a hard one "k"; a final "h" after a vowel and double letters are not heard
 * ("ch" is left as written, so "Chloe" and "Khloe" stay apart: a pair so missed waits for a person,
 * which is the safe side). Only for names, and only to tell whether two common first names are one
 * name spelt two ways ({@link Vocabulary#twinsNames}); it does not rank or join anything else.
 */
final class Spellings {

  private static final Pattern SOFT_C = Pattern.compile("c(?=[eiy])");
  private static final Pattern FINAL_YE = Pattern.compile("(?<=[^aeiouy])ye$");
  private static final Pattern FINAL_I = Pattern.compile("(ie|ey|ee|y)$");
  private static final Pattern LONG_VOWEL = Pattern.compile("ee|ea|ay|ai|ei");
  private static final Pattern OPEN =
      Pattern.compile("(?<=^|[^aeiouy])([aeiou])([^aeiouy])(ie|ey|ee|y|i)$");
  private static final Pattern Y_BETWEEN = Pattern.compile("(?<=[^aeiouyAEIOU])y(?=[^aeiouy])");

  private Spellings() {}

  /** The name as it is said; {@code name} in lower case. */
  static String spoken(String name) {
    StringBuilder letters = new StringBuilder(name.length());
    for (int k = 0; k < name.length(); k++) {
      char c = name.charAt(k);
      if (c >= 'a' && c <= 'z') {
        letters.append(c);
      }
    }
    String s = letters.toString();
    if (s.length() > 2 && s.endsWith("h") && vowel(s.charAt(s.length() - 2))) {
      s = s.substring(0, s.length() - 1);
    }
    s = s.replace("ph", "f").replace("ck", "k").replace("rh", "r").replace("kh", "k");
    s = SOFT_C.matcher(s).replaceAll("s").replace('c', 'k').replace('q', 'k').replace("x", "ks");
    s = silentE(s);
    s = FINAL_YE.matcher(s).replaceAll("I");
    Matcher open = OPEN.matcher(s);
    if (open.find()) {
      // a single vowel before a single consonant and the ending is long: "Casey", not "Cassie"
      s = s.substring(0, open.start()) + open.group(1).toUpperCase() + open.group(2) + "i";
    }
    s = FINAL_I.matcher(s).replaceAll("i");
    s = LONG_VOWEL.matcher(s).replaceAll("I");
    s = Y_BETWEEN.matcher(s).replaceAll("I").replace('y', 'i');
    StringBuilder spoken = new StringBuilder(s.length());
    for (int k = 0; k < s.length(); k++) {
      if (k == 0 || s.charAt(k) != s.charAt(k - 1)) {
        spoken.append(s.charAt(k));
      }
    }
    return spoken.toString();
  }

  /**
   * A final "e" after a consonant is not said: after a single consonant that follows a single vowel
   * it makes the vowel long ("Jake": a long "A"), otherwise it is only dropped ("Isabelle").
   */
  private static String silentE(String s) {
    int n = s.length();
    if (n < 3 || s.charAt(n - 1) != 'e' || vowel(s.charAt(n - 2))) {
      return s;
    }
    char consonant = s.charAt(n - 2);
    char before = s.charAt(n - 3);
    if (vowel(before) && (n < 4 || !vowel(s.charAt(n - 4)))) {
      char longVowel = Character.toUpperCase(before == 'y' ? 'i' : before);
      return s.substring(0, n - 3) + longVowel + consonant;
    }
    return s.substring(0, n - 1);
  }

  private static boolean vowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
  }
}
