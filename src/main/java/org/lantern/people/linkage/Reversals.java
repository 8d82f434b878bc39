package org.lantern.people.linkage;

/**
 * Given and family names written the wrong way round, whole or in half, between two rows of a
 * {@link RecordTable}: what {@link Comparer} asks when it compares names (not for a search query,
 * which is read both ways round already). Allocates nothing.
 */
final class Reversals {

  private final RecordTable t;
  private final Vocabulary names;
  private final Comparer comparer;

  Reversals(RecordTable table, Comparer comparer) {
    this.t = table;
    this.names = table.names;
    this.comparer = comparer;
  }

  /**
   * Whether both records are written the wrong way round and are twins: the same word in the given
   * name's place, no first name but some record's family name in the index, and the first names, in
   * the family name's place, two different first names ({@link #twoFirstNames}): "Calerlockcroft
   * Anisa" and "Calerlockcroft Isabella" (seventh round of issue 16: compared as the same given
   * name, they linked).
   */
  boolean bothReversedTwins(int i, int j) {
    int g = t.given[i];
    return !names.firstName(g)
        && t.familyNameElsewhere(g)
        && twoFirstNames(t.family[i], t.family[j]);
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
    if (gi < 0 || fi < 0 || gj < 0 || fj < 0 || gi == fi) {
      return false;
    }
    if (!givenClose(i, fj) || !givenClose(j, fi)) {
      return false;
    }
    return datesAllowSwap(i, j);
  }

  /**
   * Whether two family names, read as first names (both records written the wrong way round), are
   * two different first names: each a first name, and not the same, a nickname, a sound-alike or a
   * slip of the other ({@link #close}).
   */
  private boolean twoFirstNames(int fi, int fj) {
    return fi >= 0
        && fj >= 0
        && fi != fj
        && names.firstName(fi)
        && names.firstName(fj)
        && !close(fi, fj);
  }

  /**
   * Whether record {@code r} is written the wrong way round against record {@code c} and the two
   * first names differ: {@code r}'s given name is no first name, is some record's family name in
   * the index, and is (or is close to) {@code c}'s family name, and {@code r}'s family name, a
   * first name, is a different first name from {@code c}'s given name ({@link #twoFirstNames}).
   * "Palmer Katelyn" against "Pamela Palmer" are twins, one reversed, whatever "Palmer" and
   * "Pamela" look like side by side (they weighed as somewhat similar given names, and linked).
   */
  boolean reversedTwin(int r, int c) {
    int gr = t.given[r];
    int fc = t.family[c];
    return !names.firstName(gr)
        && !names.firstName(t.givenJoined[r])
        && t.familyNameElsewhere(gr)
        && fc >= 0
        && (gr == fc || close(gr, fc))
        && twoFirstNames(t.family[r], t.given[c]);
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
    if (gr < 0 || fr < 0 || gc < 0 || fc < 0 || gr == fr || gc == fc) {
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
        || comparer.otherId(i, j) == 1;
  }

  private boolean sameHome(int i, int j) {
    int address = comparer.address(i, j);
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
            && (Similarity.jaroWinkler(ca, cb) >= Comparer.SIMILAR
                || (Math.min(ca.length, cb.length) >= 4 && Similarity.oneSlip(ca, cb)))
        || names.nicknameSlip(a, b);
  }
}
