package org.lantern.people;

import java.util.Locale;

/**
 * A unique pupil number (UPN): a check letter, then 12 digits (LA number, establishment number,
 * year, serial) or, for a temporary UPN, 11 digits and a letter. The check letter is the modulus-23
 * sum of characters 2 to 13 weighted by their positions, written with the letters A to Z less I, O
 * and S.
 */
public record UniquePupilNumber(String value) {

  static final String LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

  public UniquePupilNumber {
    if (!isValid(value)) {
      throw new IllegalArgumentException("Not a valid unique pupil number");
    }
  }

  public static UniquePupilNumber parse(String typed) {
    return new UniquePupilNumber(compact(typed));
  }

  public static String compact(String typed) {
    return typed.replaceAll("\\s", "").toUpperCase(Locale.UK);
  }

  public static boolean isValid(String typed) {
    String upn = compact(typed);
    if (!upn.matches("[A-Z]\\d{11}[\\dA-Z]")) {
      return false;
    }
    char last = upn.charAt(12);
    if (Character.isLetter(last) && LETTERS.indexOf(last) < 0) {
      return false;
    }
    return upn.charAt(0) == checkLetter(upn.substring(1));
  }

  /** The check letter for the 12 characters after it. */
  public static char checkLetter(String twelve) {
    int sum = 0;
    for (int i = 0; i < 12; i++) {
      char c = twelve.charAt(i);
      int value = Character.isDigit(c) ? c - '0' : LETTERS.indexOf(c);
      sum += value * (i + 2);
    }
    return LETTERS.charAt(sum % 23);
  }

  @Override
  public String toString() {
    return value;
  }
}
