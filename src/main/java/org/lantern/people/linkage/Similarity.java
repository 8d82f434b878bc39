package org.lantern.people.linkage;

/** String and date comparisons that allocate nothing, for the hot loop. */
public final class Similarity {

  private Similarity() {}

  /**
   * Jaro–Winkler similarity (0 to 1) with the usual prefix scale 0.1 over at most four characters,
   * applied when the Jaro similarity exceeds 0.7. Names longer than 64 characters are compared on
   * their first 64.
   */
  public static double jaroWinkler(char[] a, char[] b) {
    int la = Math.min(a.length, 64);
    int lb = Math.min(b.length, 64);
    if (la == 0 || lb == 0) {
      return 0;
    }
    int window = Math.max(0, Math.max(la, lb) / 2 - 1);
    long matchedA = 0;
    long matchedB = 0;
    int matches = 0;
    for (int i = 0; i < la; i++) {
      int from = Math.max(0, i - window);
      int to = Math.min(lb, i + window + 1);
      for (int j = from; j < to; j++) {
        if ((matchedB & (1L << j)) == 0 && a[i] == b[j]) {
          matchedA |= 1L << i;
          matchedB |= 1L << j;
          matches++;
          break;
        }
      }
    }
    if (matches == 0) {
      return 0;
    }
    int halfTranspositions = 0;
    int k = 0;
    for (int i = 0; i < la; i++) {
      if ((matchedA & (1L << i)) != 0) {
        while ((matchedB & (1L << k)) == 0) {
          k++;
        }
        if (a[i] != b[k]) {
          halfTranspositions++;
        }
        k++;
      }
    }
    double m = matches;
    double jaro = (m / la + m / lb + (m - halfTranspositions / 2.0) / m) / 3.0;
    if (jaro <= 0.7) {
      return jaro;
    }
    int prefix = 0;
    int max = Math.min(4, Math.min(la, lb));
    while (prefix < max && a[prefix] == b[prefix]) {
      prefix++;
    }
    return jaro + prefix * 0.1 * (1 - jaro);
  }

  public static double jaroWinkler(String a, String b) {
    return jaroWinkler(a.toCharArray(), b.toCharArray());
  }

  public static final int YEARS_APART = 5;

  /** Month and day of 1 January, written mmdd. */
  private static final int FIRST_OF_JANUARY = 101;

  /**
   * The date-of-birth level of two dates written yyyymmdd (0 when missing), with the days since
   * 1970 of each for "within a year". A 1 January against another date of the same year counts as
   * missing: many systems write 1 January when only the year is known ("01/01/2009"), and such a
   * date says nothing about the day and month it replaced (on a partner set built outside Lantern,
   * a third of such pairs with another error were kept apart as dates wholly different).
   */
  public static int birthLevel(int a, int b, int dayA, int dayB) {
    if (a == 0 || b == 0) {
      return 0;
    }
    if (a == b) {
      return 1;
    }
    int ya = a / 10000;
    int ma = a / 100 % 100;
    int da = a % 100;
    int yb = b / 10000;
    int mb = b / 100 % 100;
    int db = b % 100;
    if (ya == yb && ma == db && da == mb) {
      return 2;
    }
    if (ya == yb && (a % 10000 == FIRST_OF_JANUARY || b % 10000 == FIRST_OF_JANUARY)) {
      return 0;
    }
    int same = (ya == yb ? 1 : 0) + (ma == mb ? 1 : 0) + (da == db ? 1 : 0);
    if (same == 2 && (ya == yb || yearSlip(ya, yb))) {
      return 3;
    }
    // the same day and month in years no slip explains: a birthday (a parent's and a child's, or
    // two siblings'), weighed by how far apart the years are
    int apart = Math.abs(dayA - dayB);
    if (apart <= 365) {
      return 4;
    }
    return apart > YEARS_APART * 365.25 ? 6 : 5;
  }

  /**
   * Whether two different years can be one typing slip of each other: a year out (2008 and 2009,
   * 2009 and 2010), or one digit changed or two neighbouring digits swapped (2008 and 2018, 1987
   * and 1978) when they are not more than {@link #YEAR_SLIP_AT_MOST} years apart. A digit changed
   * further up ("1975" for "2005" is two, "1965" for "1985" one) makes a generation's difference,
   * which is a parent's birthday, not a slip.
   */
  static boolean yearSlip(int ya, int yb) {
    int apart = Math.abs(ya - yb);
    if (apart <= 1) {
      return true;
    }
    if (apart > YEAR_SLIP_AT_MOST) {
      return false;
    }
    char[] a = Integer.toString(ya).toCharArray();
    char[] b = Integer.toString(yb).toCharArray();
    if (a.length != b.length) {
      return false;
    }
    int first = -1;
    int differing = 0;
    for (int k = 0; k < a.length; k++) {
      if (a[k] != b[k]) {
        differing++;
        first = first < 0 ? k : first;
      }
    }
    return differing == 1
        || (differing == 2
            && first + 1 < a.length
            && a[first] == b[first + 1]
            && a[first + 1] == b[first]);
  }

  /**
   * The most years two dates of birth with the same day and month may be apart and still be one
   * slip in the year: younger than any parent, so a parent and child born on the same day of the
   * year are never a "slip".
   */
  static final int YEAR_SLIP_AT_MOST = 10;

  /**
   * Whether two strings are one slip apart: one character changed, added or dropped, or two
   * neighbours swapped (and not equal).
   */
  public static boolean oneSlip(char[] a, char[] b) {
    int la = a.length;
    int lb = b.length;
    if (Math.abs(la - lb) > 1) {
      return false;
    }
    int i = 0;
    while (i < la && i < lb && a[i] == b[i]) {
      i++;
    }
    if (i == la && i == lb) {
      return false;
    }
    if (la == lb) {
      if (rest(a, i + 1, b, i + 1)) {
        return true;
      }
      return i + 1 < la && a[i] == b[i + 1] && a[i + 1] == b[i] && rest(a, i + 2, b, i + 2);
    }
    return la > lb ? rest(a, i + 1, b, i) : rest(a, i, b, i + 1);
  }

  private static boolean rest(char[] a, int i, char[] b, int j) {
    if (a.length - i != b.length - j) {
      return false;
    }
    for (; i < a.length; i++, j++) {
      if (a[i] != b[j]) {
        return false;
      }
    }
    return true;
  }
}
