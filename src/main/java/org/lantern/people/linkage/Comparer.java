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
        + (t.upn[i] < 0 || t.upn[j] < 0 ? 0 : t.upn[i] == t.upn[j] ? 1 : 2) * R_UPN
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
      return G_EXACT;
    }
    if (names.nicknames(a, b)) {
      // "Harry" and "Henry": a nickname, but also two names parents give, twins' among them
      return namesSwap && names.ownNames(a, b) ? G_NICKNAME_OWN_NAMES : G_NICKNAME;
    }
    if (a == t.middle[j]
        || b == t.middle[i]
        || (t.ownMiddle[j] >= 0 && a == t.ownMiddle[j])
        || (t.ownMiddle[i] >= 0 && b == t.ownMiddle[i])) {
      return G_SWAPPED;
    }
    if (namesSwapped(i, j)) {
      return G_NAMES_SWAPPED;
    }
    if (givenInFamilyPlace(i, j) || givenInFamilyPlace(j, i)) {
      // the given name agrees, written in the family name's place: weighed as the same given
      // name (the family names, changed, still count against)
      return G_EXACT;
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
   * Whether the given and family names are written the wrong way round on one of the records
   * ("Shepherd Sybella"): each one's given name is the other's family name, exactly, by sound or
   * but for a slip, and the dates of birth do not say otherwise: the same or day and month
   * transposed; or missing on one side, one part different or within a year when something else
   * places the two records as one child: the same NHS number, pupil number or other identifier, or
   * the same home (UPRN, address lines, or full postcode). A reversed record often has another slip
   * too; before, such a pair weighed as two different names, was held back as twins, and sharing an
   * NHS number it was taken for a number recorded against the wrong child.
   */
  boolean namesSwapped(int i, int j) {
    int gi = t.given[i];
    int fi = t.family[i];
    int gj = t.given[j];
    int fj = t.family[j];
    if (!namesSwap || gi < 0 || fi < 0 || gj < 0 || fj < 0 || gi == fi) {
      return false;
    }
    if (!givenClose(i, fj) || !givenClose(j, fi)) {
      return false;
    }
    return datesAllowSwap(i, j);
  }

  /**
   * Whether record {@code r}'s given name is written in record {@code c}'s family name's place, the
   * other half of the reversal lost to a changed surname ("Newsbycroft Samuel" and "Samuel
   * Pringdale"): {@code r}'s family name is {@code c}'s given name (as {@link #close}), and {@code
   * r}'s given name, standing where a family name should be, is no first name at all, and is not
   * {@code c}'s family name, and is some record's family name in the index (not a first name
   * mistyped: "Belssing Morris" against "Morris Georgia" are twins, one of them reversed, the
   * other's name with a slip). So the given names agree, the family names do not: a changed
   * surname, not twins. Twins with one record reversed ("Smith Beth" and "Amy Smith") cross on the
   * family name instead, and the name left in {@code r}'s given place ("Amy" in "Amy Smith" against
   * "Smith Beth") is a first name, so they still look like twins. The dates of birth must allow it
   * as for a whole reversal ({@link #namesSwapped}).
   */
  boolean givenInFamilyPlace(int r, int c) {
    int gr = t.given[r];
    int fr = t.family[r];
    int gc = t.given[c];
    int fc = t.family[c];
    if (!namesSwap || gr < 0 || fr < 0 || gc < 0 || fc < 0 || gr == fr || gc == fc) {
      return false;
    }
    // the cheap checks first: nearly every given name is a first name
    return !names.firstName(gr)
        && names.firstName(gc)
        && !names.firstName(t.givenJoined[r])
        && t.familyNameElsewhere(gr)
        && (sameGiven(gc, fr) || sameGiven(t.givenJoined[c], fr))
        && !givenClose(r, fc)
        && !close(gr, gc)
        && datesAllowSwap(r, c);
  }

  /**
   * The same given name, a nickname of it, or one slip from it (the same first letter): stricter
   * than {@link #close}, with no sound-alike ("Sai" and "Zoya" sound alike), for one name crossing
   * alone.
   */
  private boolean sameGiven(int a, int b) {
    if (a == b || names.nicknames(a, b)) {
      return true;
    }
    char[] ca = names.chars(a);
    char[] cb = names.chars(b);
    return ca[0] == cb[0]
        && Math.min(ca.length, cb.length) >= 4
        && Similarity.oneSlip(ca, cb)
        && !(names.commonFirstName(a) && names.commonFirstName(b));
  }

  /**
   * Whether record {@code r}'s given name is {@link #close} to the name {@code other}, or, when it
   * is several words ("Ava-Grace"), those words joined as a family name is ({@code avagrace}).
   */
  private boolean givenClose(int r, int other) {
    return close(t.given[r], other) || close(t.givenJoined[r], other);
  }

  private boolean datesAllowSwap(int i, int j) {
    // names that are both given and family names ("Thomas Lewis" and "Lewis Thomas") make many
    // different people look swapped: the same date of birth (or day and month swapped), or a date
    // that is missing or a slip apart with an identifier or a home in common. (A missing date or a
    // slip with nothing else in common made about 7,000 wrong links at a million records:
    // namesakes, one of them reversed.)
    int birth = Similarity.birthLevel(t.birth[i], t.birth[j], t.birthDay[i], t.birthDay[j]);
    if (birth == 1 || birth == 2) {
      return true;
    }
    // one part different, but not a parent's birthday: the years not more than YEARS_APART apart
    boolean missingOrSlip =
        birth == 0
            || birth == 4
            || (birth == 3
                && Math.abs(t.birthDay[i] - t.birthDay[j]) <= Similarity.YEARS_APART * 365.25);
    return missingOrSlip && (sameIdentifier(i, j) || sameHome(i, j));
  }

  private boolean sameIdentifier(int i, int j) {
    return (t.nhs[i] != 0 && t.nhs[i] == t.nhs[j])
        || (t.upn[i] >= 0 && t.upn[i] == t.upn[j])
        || otherId(i, j) == 1;
  }

  private boolean sameHome(int i, int j) {
    int address = address(i, j);
    return address == 1 || address == 2 || (t.postcode[i] >= 0 && t.postcode[i] == t.postcode[j]);
  }

  /**
   * The same name, a nickname of it, the same by sound, or a slip apart (same first letter, and
   * Jaro–Winkler at least {@link #SIMILAR} or one slip in a name of four letters or more: "Elsqe"
   * for "Elsie"), or a slip on a nickname ({@link Vocabulary#nicknameSlip}).
   */
  private boolean close(int a, int b) {
    if (a == b || names.nicknames(a, b)) {
      return true;
    }
    if (names.commonFirstName(a)
        && names.commonFirstName(b)
        && !Similarity.oneSlip(names.chars(a), names.chars(b))) {
      // two different common first names ("Jack" and "Jake"): twins' names, as in given()
      return false;
    }
    if (names.soundAlike(a, b)) {
      return true;
    }
    char[] ca = names.chars(a);
    char[] cb = names.chars(b);
    return ca[0] == cb[0]
            && (Similarity.jaroWinkler(ca, cb) >= SIMILAR
                || (Math.min(ca.length, cb.length) >= 4 && Similarity.oneSlip(ca, cb)))
        || names.nicknameSlip(a, b);
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
    if (namesSwapped(i, j)) {
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
