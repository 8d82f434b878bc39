package org.lantern.people;

import java.util.Locale;
import java.util.regex.Pattern;

/** A UK postcode, kept in its standard form ("ST16 2LH"); the outward part names the area. */
public record Postcode(String value) {

  private static final Pattern FORMAT =
      Pattern.compile("^([A-Z]{1,2}\\d[A-Z\\d]?) ?(\\d[A-Z]{2})$");

  public Postcode {
    if (!FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException("Not a valid postcode");
    }
  }

  public static boolean isValid(String typed) {
    return FORMAT.matcher(normalise(typed)).matches();
  }

  public static Postcode parse(String typed) {
    var matcher = FORMAT.matcher(normalise(typed));
    if (!matcher.matches()) {
      throw new IllegalArgumentException("Not a valid postcode");
    }
    return new Postcode(matcher.group(1) + " " + matcher.group(2));
  }

  private static String normalise(String typed) {
    return typed.strip().toUpperCase(Locale.UK).replaceAll("\\s+", " ");
  }

  /** The part before the inward code (always a digit and two letters). */
  public String outward() {
    return value.substring(0, value.length() - 3).strip();
  }

  @Override
  public String toString() {
    return value;
  }
}
