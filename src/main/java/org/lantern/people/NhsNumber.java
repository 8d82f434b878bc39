package org.lantern.people;

/**
 * An NHS number: ten digits whose last is a modulus-11 check digit over the first nine (weights 10
 * down to 2). Spaces and hyphens people type are ignored.
 */
public record NhsNumber(String value) {

  public NhsNumber {
    if (!isValid(value)) {
      throw new IllegalArgumentException("Not a valid NHS number");
    }
  }

  public static NhsNumber parse(String typed) {
    return new NhsNumber(compact(typed));
  }

  public static String compact(String typed) {
    return typed.replaceAll("[\\s-]", "");
  }

  /** Whether the text (spaces and hyphens ignored) is a valid NHS number. */
  public static boolean isValid(String typed) {
    String digits = compact(typed);
    if (!digits.matches("\\d{10}")) {
      return false;
    }
    int check = checkDigit(digits.substring(0, 9));
    return check >= 0 && check == digits.charAt(9) - '0';
  }

  /** The check digit for nine digits, or -1 when no check digit can make them valid. */
  public static int checkDigit(String nineDigits) {
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (nineDigits.charAt(i) - '0') * (10 - i);
    }
    int check = 11 - (sum % 11);
    if (check == 11) {
      return 0;
    }
    return check == 10 ? -1 : check;
  }

  /** As people read it: 3-3-4 digits. */
  public String formatted() {
    return value.substring(0, 3) + " " + value.substring(3, 6) + " " + value.substring(6);
  }

  @Override
  public String toString() {
    return value;
  }
}
