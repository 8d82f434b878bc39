package org.lantern.people.linkage;

/**
 * Compares two rows of a {@link RecordTable} field by field and gives the comparison vector as one
 * pattern number (see {@link Comparison#pattern}). Allocates nothing.
 */
final class Comparer {

  static final double SIMILAR = 0.92;
  static final double SOMEWHAT_SIMILAR = 0.80;

  private static final int G_EXACT = givenLevel("EXACT");
  private static final int G_NICKNAME = givenLevel("NICKNAME");
  private static final int G_NICKNAME_SLIP = givenLevel("NICKNAME_SLIP");
  private static final int G_SWAPPED = givenLevel("SWAPPED");
  private static final int G_PHONETIC = givenLevel("PHONETIC");
  private static final int G_SIMILAR = givenLevel("SIMILAR");
  private static final int G_SOMEWHAT_SIMILAR = givenLevel("SOMEWHAT_SIMILAR");
  private static final int G_NAMES_SWAPPED = givenLevel("NAMES_SWAPPED");
  private static final int G_NICKNAME_OWN_NAMES = givenLevel("NICKNAME_OWN_NAMES");
  private static final int G_DIFFERENT = Comparison.GIVEN_NAME.different();

  private static int givenLevel(String name) {
    return Comparison.GIVEN_NAME.levels().indexOf(name);
  }

  private static final int R_FAMILY = Comparison.FAMILY_NAME.radix();
  private static final int R_MIDDLE = Comparison.MIDDLE_NAME.radix();
  private static final int R_BIRTH = Comparison.DATE_OF_BIRTH.radix();
  private static final int R_POSTCODE = Comparison.POSTCODE.radix();
  private static final int R_SEX = Comparison.SEX.radix();
  private static final int R_NHS = Comparison.NHS_NUMBER.radix();
  private static final int R_UPN = Comparison.PUPIL_NUMBER.radix();
  private static final int R_ADDRESS = Comparison.ADDRESS.radix();
  private static final int R_OTHER_ID = Comparison.OTHER_ID.radix();

  /** Streets spelt at least this alike, with the same house number, are a similar address. */
  static final double SIMILAR_STREET = 0.88;

  private final RecordTable t;
  private final Vocabulary names;

  /** Whether names written the wrong way round are a level of their own (not for a query). */
  private final boolean namesSwap;

  private final Reversals reversals;

  Comparer(RecordTable table) {
    this(table, true);
  }

  /**
   * With {@code namesSwap} false, given and family names the wrong way round are not recognised: a
   * search query is already read both ways round, each reading weighed as it is.
   */
  Comparer(RecordTable table, boolean namesSwap) {
    this.t = table;
    this.names = table.names;
    this.namesSwap = namesSwap;
    this.reversals = new Reversals(table, this);
  }

  /**
   * The comparison vector of rows i and j. Where both records have an address, the postcode is not
   * compared as well: the address (in its town and postcode district) already says where the child
   * lives, and a child who moved would otherwise be marked down twice for one move, once for the
   * postcode and once for the address.
   */
  int pattern(int i, int j) {
    int given = given(i, j);
    int address = address(i, j);
    return given
        + family(i, j) * R_FAMILY
        + middle(i, j, given) * R_MIDDLE
        + birth(i, j) * R_BIRTH
        + (address == 0 ? postcode(i, j) : 0) * R_POSTCODE
        + (t.sex[i] == 0 || t.sex[j] == 0 ? 0 : t.sex[i] == t.sex[j] ? 1 : 2) * R_SEX
        + (t.nhs[i] == 0 || t.nhs[j] == 0 ? 0 : t.nhs[i] == t.nhs[j] ? 1 : 2) * R_NHS
        + (t.upn[i] < 0 || t.upn[j] < 0
                ? 0
                : t.upn[i] == t.upn[j] ? 1 : t.pupilsDiffer(i, j) ? 2 : 0)
            * R_UPN
        + address * R_ADDRESS
        + otherId(i, j) * R_OTHER_ID;
  }

  private static final int DOB_YEARS_APART =
      Comparison.DATE_OF_BIRTH.levels().indexOf("YEARS_APART");

  /**
   * The date-of-birth level ({@link Similarity#birthLevel}); when one record has no date but a
   * pupil number, and the other was born before anyone holding that number can have been (the
   * number's year of allocation less {@link RecordTable#OLDEST_NEW_PUPIL}), the dates are years
   * apart: a parent's record against the child's school record of one name at one address.
   */
  int birth(int i, int j) {
    int level = Similarity.birthLevel(t.birth[i], t.birth[j], t.birthDay[i], t.birthDay[j]);
    if (level == 0
        && ((t.birth[i] == 0 && t.birth[j] != 0 && t.birth[j] / 10000 < t.bornFrom[i])
            || (t.birth[j] == 0 && t.birth[i] != 0 && t.birth[i] / 10000 < t.bornFrom[j]))) {
      return DOB_YEARS_APART;
    }
    return level;
  }

  int address(int i, int j) {
    if (t.uprn[i] != 0 && t.uprn[j] != 0) {
      return t.uprn[i] == t.uprn[j] ? 1 : 4;
    }
    if (t.address[i] < 0 || t.address[j] < 0) {
      return 0;
    }
    boolean samePlace =
        (t.town[i] < 0 || t.town[j] < 0 || t.town[i] == t.town[j])
            && (t.district[i] < 0 || t.district[j] < 0 || t.district[i] == t.district[j]);
    if (!samePlace) {
      return 4;
    }
    if (t.address[i] == t.address[j]) {
      return 2;
    }
    if (t.houseNumber[i] >= 0
        && t.houseNumber[i] == t.houseNumber[j]
        && t.street[i] >= 0
        && t.street[j] >= 0
        && Similarity.jaroWinkler(names.chars(t.street[i]), names.chars(t.street[j]))
            >= SIMILAR_STREET) {
      return 3;
    }
    return 4;
  }

  int otherId(int i, int j) {
    long[] a = t.otherIds[i];
    long[] b = t.otherIds[j];
    if (a == null || b == null) {
      return 0;
    }
    int level = 0;
    for (long x : a) {
      for (long y : b) {
        if ((x >>> 32) != (y >>> 32)) {
          continue;
        }
        if (x == y) {
          return 1;
        }
        if (x == t.ownId[i] && y == t.ownId[j]) {
          // two records of one system, each under its own number: a duplicate has one too
          continue;
        }
        boolean slip = Similarity.oneSlip(t.otherValues.get((int) x), t.otherValues.get((int) y));
        level = slip ? 2 : level == 0 ? 3 : level;
      }
    }
    return level;
  }

  int given(int i, int j) {
    int a = t.given[i];
    int b = t.given[j];
    if (a < 0 || b < 0) {
      return 0;
    }
    if (a == b) {
      // both records written the wrong way round: the family name agrees in the given name's
      // place, and the first names, in the family name's place, are two names
      if (namesSwap && reversals.bothReversedTwins(i, j)) {
        return G_DIFFERENT;
      }
      // "Sophie-Mae" and "Sophie": the same first word, but two names parents give
      return namesSwap && oneOfTwoWords(i, j) ? G_NICKNAME_OWN_NAMES : G_EXACT;
    }
    if (t.knownAs[i] == b || t.knownAs[j] == a) {
      // one record gives the name the child is known by, the other uses it as the given name
      return G_NICKNAME;
    }
    if (names.nicknames(a, b)) {
      // "Harry" and "Henry": a nickname, but also two names parents give, twins' among them
      return namesSwap && (names.ownNames(a, b) || oneOfTwoWords(i, j))
          ? G_NICKNAME_OWN_NAMES
          : G_NICKNAME;
    }
    if (a == t.middle[j]
        || b == t.middle[i]
        || (t.ownMiddle[j] >= 0 && a == t.ownMiddle[j])
        || (t.ownMiddle[i] >= 0 && b == t.ownMiddle[i])) {
      return G_SWAPPED;
    }
    if (namesSwap && reversals.namesSwapped(i, j)) {
      return G_NAMES_SWAPPED;
    }
    if (namesSwap && (reversals.givenInFamilyPlace(i, j) || reversals.givenInFamilyPlace(j, i))) {
      // the given name agrees, written in the family name's place: weighed as the same given
      // name (the family names, changed, still count against)
      return G_EXACT;
    }
    if (namesSwap && (reversals.reversedTwin(i, j) || reversals.reversedTwin(j, i))) {
      return G_DIFFERENT;
    }
    if (namesSwap && names.twinsNames(a, b)) {
      return G_DIFFERENT;
    }
    if (names.soundAlike(a, b)) {
      return G_PHONETIC;
    }
    double similarity = Similarity.jaroWinkler(names.chars(a), names.chars(b));
    if (similarity >= SIMILAR) {
      return G_SIMILAR;
    }
    if (names.nicknameSlip(a, b)) {
      // a slip on top of a nickname ("Robbert" and "Bobby"): the name itself is nearer than a slip
      // or a sound only through the nickname list
      return G_NICKNAME_SLIP;
    }
    return similarity >= SOMEWHAT_SIMILAR ? G_SOMEWHAT_SIMILAR : G_DIFFERENT;
  }

  /**
   * Whether one record's given name has two words ("Sophie-Mae") and the other's one, a first name
   * ("Sophie", or "Sophia" of which it is a nickname), compared with the first word: a name in its
   * own right, not the two-word name written short, when twins are called "Sophie-Mae" and "Sophie"
   * (seventh round of issue 16: compared as the same given name, they linked). Compared as {@code
   * NICKNAME_OWN_NAMES}, as "Harry" and "Henry" are, so that at one home with nothing joining them
   * the pair goes to a person.
   */
  private boolean oneOfTwoWords(int i, int j) {
    boolean twoI = t.givenJoined[i] != t.given[i];
    boolean twoJ = t.givenJoined[j] != t.given[j];
    return twoI != twoJ && names.firstName(twoI ? t.given[j] : t.given[i]);
  }

  int family(int i, int j) {
    int a = t.family[i];
    int b = t.family[j];
    if (a < 0 || b < 0) {
      return 0;
    }
    if (a == b) {
      return 1;
    }
    int pa = t.previous[i];
    int pb = t.previous[j];
    int qa = t.previous2[i];
    int qb = t.previous2[j];
    if ((pb >= 0 && (a == pb || pa == pb || qa == pb))
        || (pa >= 0 && b == pa)
        || (qb >= 0 && (a == qb || pa == qb))
        || (qa >= 0 && b == qa)) {
      return 2;
    }
    if (namesSwap && reversals.namesSwapped(i, j)) {
      return 6;
    }
    if (names.soundAlike(a, b)) {
      return 3;
    }
    double similarity = Similarity.jaroWinkler(names.chars(a), names.chars(b));
    return similarity >= SIMILAR ? 4 : similarity >= SOMEWHAT_SIMILAR ? 5 : 7;
  }

  int middle(int i, int j, int givenLevel) {
    int a = t.middle[i];
    int b = t.middle[j];
    if (a < 0 || b < 0) {
      return 0;
    }
    if (givenLevel == G_SWAPPED) {
      // first and middle names swapped: both agree (each one's first is the other's middle), or
      // the one middle name that matched the other's first name has been counted already
      return a == t.given[j] && b == t.given[i] ? 1 : 0;
    }
    if (a == b
        && t.ownMiddle[i] >= 0
        && t.ownMiddle[j] >= 0
        && t.ownMiddle[i] != a
        && t.ownMiddle[j] != b) {
      // two given names of two words with the same second word ("Tyler-James"), each with a middle
      // name of its own: the second word is the given name's, and the middle names say whether
      // these are one child or two of one name ("Joshua" and "Reuben", issue 16); not when a middle
      // name only repeats the second word ("Tyler James", middle name "James")
      a = t.ownMiddle[i];
      b = t.ownMiddle[j];
    }
    if (a == b) {
      return 1;
    }
    char[] ca = names.chars(a);
    char[] cb = names.chars(b);
    if ((ca.length == 1 || cb.length == 1) && ca[0] == cb[0]) {
      return 2;
    }
    return 3;
  }

  int postcode(int i, int j) {
    if (t.postcode[i] < 0 || t.postcode[j] < 0) {
      return 0;
    }
    if (t.postcode[i] == t.postcode[j]) {
      return 1;
    }
    if (t.sector[i] == t.sector[j]) {
      return 2;
    }
    return t.district[i] == t.district[j] ? 3 : 4;
  }
}
