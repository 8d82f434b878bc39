package org.lantern.people.linkage;

import java.util.List;

/**
 * The fields compared for a pair of records, each with its levels from the strongest agreement to
 * disagreement. Level 0 is always {@code NULL}: one side is missing, which weighs nothing.
 */
public enum Comparison {
  /**
   * NICKNAME_SLIP: one name is a typing slip of a nickname or formal name of the other ("Robbert"
   * and "Bobby"); SWAPPED: the given name is the other's middle name (or, when a given name has two
   * words, "Lexie-Mai (Chloe)", its own middle name); NAMES_SWAPPED: given and family names written
   * the wrong way round; NICKNAME_OWN_NAMES: one is a nickname of the other but both are common
   * first names in their own right ("Harry" and "Henry"), which twins can be called.
   */
  GIVEN_NAME(
      "NULL",
      "EXACT",
      "NICKNAME",
      "NICKNAME_SLIP",
      "SWAPPED",
      "PHONETIC",
      "SIMILAR",
      "SOMEWHAT_SIMILAR",
      "NAMES_SWAPPED",
      "NICKNAME_OWN_NAMES",
      "DIFFERENT"),
  /** NAMES_SWAPPED: the given name is the other's family name and the other way round. */
  FAMILY_NAME(
      "NULL",
      "EXACT",
      "PREVIOUS",
      "PHONETIC",
      "SIMILAR",
      "SOMEWHAT_SIMILAR",
      "NAMES_SWAPPED",
      "DIFFERENT"),
  MIDDLE_NAME("NULL", "EXACT", "INITIAL", "DIFFERENT"),
  /**
   * YEARS_APART: more than {@link Similarity#YEARS_APART} years apart and not one slip (a parent
   * and child); learnt like every level, and for children it weighs as a near-veto.
   */
  DATE_OF_BIRTH(
      "NULL", "EXACT", "TRANSPOSED", "ONE_PART", "WITHIN_YEAR", "DIFFERENT", "YEARS_APART"),
  POSTCODE("NULL", "EXACT", "SECTOR", "DISTRICT", "DIFFERENT"),
  SEX("NULL", "EXACT", "DIFFERENT"),
  NHS_NUMBER("NULL", "EXACT", "DIFFERENT"),
  PUPIL_NUMBER("NULL", "EXACT", "DIFFERENT"),
  /**
   * The address lines (and town): the same UPRN; the same lines, in the same town and postcode
   * district as far as both say; the same house number on a street spelt nearly alike; different.
   */
  ADDRESS("NULL", "UPRN", "EXACT", "SIMILAR", "DIFFERENT"),
  /**
   * Other identifiers of the same system (a police or council reference): one the same; one a
   * single slip from the other; all different. Missing when no system is on both records.
   */
  OTHER_ID("NULL", "EXACT", "SIMILAR", "DIFFERENT");

  public static final List<Comparison> ALL = List.of(values());

  /** How many different comparison vectors there are: the product of every level count. */
  public static final int PATTERNS;

  private static final int[] RADIX = new int[values().length];

  static {
    int product = 1;
    for (Comparison c : values()) {
      RADIX[c.ordinal()] = product;
      product *= c.levels.size();
    }
    PATTERNS = product;
  }

  private final List<String> levels;

  Comparison(String... levels) {
    this.levels = List.of(levels);
  }

  public List<String> levels() {
    return levels;
  }

  public int levelCount() {
    return levels.size();
  }

  /** The last level: the values are there and disagree. */
  public int different() {
    return levels.size() - 1;
  }

  /** The position of this comparison's level in a comparison-vector pattern number. */
  public int radix() {
    return RADIX[ordinal()];
  }

  /** This comparison's level in a pattern number. */
  public int levelOf(int pattern) {
    return (pattern / RADIX[ordinal()]) % levels.size();
  }

  /** A pattern number from one level per comparison, in declaration order. */
  public static int pattern(int... levels) {
    int pattern = 0;
    for (int c = 0; c < levels.length; c++) {
      pattern += levels[c] * RADIX[c];
    }
    return pattern;
  }
}
