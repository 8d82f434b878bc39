package org.lantern.people.linkage;

/**
 * Rules that read only a pair's comparison vector and say whether what differs between two records
 * makes one child or two: one child under two references ({@link #nameAndBirthAgree}, {@link
 * #oneChildAtHome}), or two people of one name ({@link #lookAlikes}). Used by {@link Scorer} (only
 * a person links such a pair) and {@link Clustering} (nor do they end in one person).
 */
final class OneChildOrTwo {

  private static final int DOB_ONE_PART = 3;
  private static final int G_EXACT = Comparison.GIVEN_NAME.levels().indexOf("EXACT");
  private static final int G_NICKNAME = Comparison.GIVEN_NAME.levels().indexOf("NICKNAME");
  private static final int NAMES_SWAPPED = Comparison.GIVEN_NAME.levels().indexOf("NAMES_SWAPPED");

  private OneChildOrTwo() {}

  /**
   * Two people who look alike: different middle names (both recorded, not swapped), different homes
   * (addresses, or postcodes where an address is missing), and no NHS number, pupil number or
   * reference joining them. Two children of one name born on one day in one county are rarer than
   * one child's records, but not rare: the name, date of birth and family name then outweigh the
   * middle names and the move, and on a partner set built outside Lantern such look-alikes were the
   * largest share of wrong pairs (issue 16). One child's middle name is seldom recorded as another
   * name, and it is seldom that as well as a move. Only a person links them.
   */
  static boolean lookAlikes(int pattern) {
    int address = Comparison.ADDRESS.levelOf(pattern);
    int otherId = Comparison.OTHER_ID.levelOf(pattern);
    return Comparison.MIDDLE_NAME.levelOf(pattern) == Comparison.MIDDLE_NAME.different()
        && (address == Comparison.ADDRESS.different()
            || (address == 0 && Comparison.POSTCODE.levelOf(pattern) > 1))
        && Comparison.NHS_NUMBER.levelOf(pattern) != 1
        && Comparison.PUPIL_NUMBER.levelOf(pattern) != 1
        && otherId != 1
        && otherId != 2;
  }

  /**
   * The same given name (or a nickname of it, or the same names written the wrong way round) and
   * the same date of birth (or day and month swapped): what vouches for a pair whose identifiers
   * differ ({@link Scorer#identifiersDisagree}), one child recorded under two references. Twins
   * never share a given name, nor does one twin's given name stand as the other's family name.
   */
  static boolean nameAndBirthAgree(int pattern) {
    int birth = Comparison.DATE_OF_BIRTH.levelOf(pattern);
    int given = Comparison.GIVEN_NAME.levelOf(pattern);
    return (birth == 1 || birth == 2)
        && (given == G_EXACT || given == G_NICKNAME || given == NAMES_SWAPPED);
  }

  /**
   * One child recorded twice by one system, each record with its own reference (a police system's
   * duplicate nominals, a second pupil number): the same given name (or a nickname of it), the same
   * family name (or a previous one), a date of birth one part apart (a slip: "26" for "21") and the
   * same home (UPRN, address lines or full postcode). Two references of one system then do not make
   * two children: twins have different given names, a parent and child are years apart. On a
   * partner set built outside Lantern, such records were kept as two people, and every other
   * system's record of the child was held between them for a person (issue 16). An NHS number that
   * differs is still a reason to ask.
   */
  static boolean oneChildAtHome(int pattern) {
    int given = Comparison.GIVEN_NAME.levelOf(pattern);
    int family = Comparison.FAMILY_NAME.levelOf(pattern);
    int address = Comparison.ADDRESS.levelOf(pattern);
    return Comparison.DATE_OF_BIRTH.levelOf(pattern) == DOB_ONE_PART
        && (given == G_EXACT || given == G_NICKNAME)
        && (family == 1 || family == 2)
        && (address == 1 || address == 2 || Comparison.POSTCODE.levelOf(pattern) == 1);
  }
}
