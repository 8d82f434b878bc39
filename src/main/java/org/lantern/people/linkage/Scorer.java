package org.lantern.people.linkage;

import java.time.LocalDate;
import java.util.ArrayList;

/**
 * A model applied to a table: the match weight of any pair of rows, with the term-frequency
 * adjustments for exact given and family names worked out once per name.
 */
public final class Scorer {

  private static final int R_FAMILY = Comparison.FAMILY_NAME.radix();
  private static final int FAMILY_LEVELS = Comparison.FAMILY_NAME.levelCount();
  private static final int GIVEN_LEVELS = Comparison.GIVEN_NAME.levelCount();
  private static final int R_NHS = Comparison.NHS_NUMBER.radix();

  private final RecordTable table;
  private final MatchModel model;
  private final Comparer comparer;
  private float[] givenTf = new float[0];
  private float[] familyTf = new float[0];

  private final boolean termFrequencies;

  public Scorer(RecordTable table, MatchModel model) {
    this(table, model, true);
  }

  /**
   * Without term-frequency adjustment when {@code termFrequencies} is false: for a table that is
   * not a population (a search's query and its candidates, who share names by construction); nor
   * then the level for names the wrong way round (a query is read both ways round already).
   */
  Scorer(RecordTable table, MatchModel model, boolean termFrequencies) {
    this.table = table;
    this.model = model;
    this.comparer = new Comparer(table, termFrequencies);
    this.termFrequencies = termFrequencies;
    refresh();
  }

  /** Fewer records than this say nothing reliable about how common a name is. */
  static final int TERM_FREQUENCIES_FROM = 200;

  /** Recomputes the term-frequency adjustments after rows were added to the table. */
  public void refresh() {
    int tokens = table.names.size();
    givenTf = new float[tokens];
    familyTf = new float[tokens];
    for (int t = 0; termFrequencies && t < tokens && table.size() >= TERM_FREQUENCIES_FROM; t++) {
      givenTf[t] =
          (float) model.termFrequencyAdjustment(Comparison.GIVEN_NAME, table.frequency(t, true));
      familyTf[t] =
          (float) model.termFrequencyAdjustment(Comparison.FAMILY_NAME, table.frequency(t, false));
    }
  }

  public MatchModel model() {
    return model;
  }

  public RecordTable table() {
    return table;
  }

  /** The match weight of rows i and j. */
  public float weight(int i, int j) {
    return weightOf(i, j, comparer.pattern(i, j));
  }

  private static final int NAMES_SWAPPED = Comparison.GIVEN_NAME.levels().indexOf("NAMES_SWAPPED");
  private static final int FAMILY_NAMES_SWAPPED =
      Comparison.FAMILY_NAME.levels().indexOf("NAMES_SWAPPED");

  /** The match weight of rows i and j whose comparison vector is {@code pattern}. */
  float weightOf(int i, int j, int pattern) {
    float w = weightOf(i, pattern);
    return w == MatchModel.CERTAIN ? w : w + swapAdjustment(i, j, pattern);
  }

  /**
   * The term-frequency adjustment of names written the wrong way round: as for two exact names, a
   * common name pair counts for less ("Smith Oliver" and another Oliver Smith), a rare one for
   * more. Worked out for each record's names taken as written, and the lower of the two taken,
   * since either record may be the reversed one. A given name found in the other record's family
   * name's place ({@link Reversals#givenInFamilyPlace}) is weighed as an exact given name by the
   * commoner of the two given names (one of them is a family name in the wrong place, whose
   * frequency as a given name says nothing). Nothing when the pair's names are not swapped.
   */
  float swapAdjustment(int i, int j, int pattern) {
    if (j < 0 || givenTf.length == 0) {
      return 0;
    }
    int given = pattern % GIVEN_LEVELS;
    if (given == 1 && table.given[i] != table.given[j]) {
      return Math.min(givenTf[table.given[i]], givenTf[table.given[j]]) - givenTf[table.given[i]];
    }
    if (given != NAMES_SWAPPED) {
      return 0;
    }
    float asI = givenTf[table.given[i]] + familyTf[table.family[i]];
    float asJ = givenTf[table.given[j]] + familyTf[table.family[j]];
    return Math.min(asI, asJ);
  }

  /** The weight of a vector with row i's names for term frequencies (no names swap). */
  float weightOf(int i, int pattern) {
    if ((pattern / R_NHS) % 3 == 1 && !identifierClash(pattern)) {
      return MatchModel.CERTAIN;
    }
    float w = model.patternWeight(pattern);
    if (pattern % GIVEN_LEVELS == 1) {
      w += givenTf[table.given[i]];
    }
    if ((pattern / R_FAMILY) % FAMILY_LEVELS == 1) {
      w += familyTf[table.family[i]];
    }
    return w;
  }

  /**
   * Whether a pair must not be linked without a person deciding, however heavy: it looks like twins
   * ({@link #looksLikeTwins}), two people given one NHS number ({@link #identifierClash}), dates of
   * birth years apart ({@link #yearsApart}), or different identifiers with no date of birth to
   * vouch for the pair ({@link #identifiersDisagree}). Rows i and j (j may be -1 for a query that
   * is not in the table) say whether a child is one of the two.
   */
  public boolean needsReview(int i, int j, int pattern) {
    return looksLikeTwins(pattern)
        || identifierClash(pattern)
        || yearsApart(i, j, pattern)
        || siblings(i, j, pattern)
        || identifiersDisagree(pattern);
  }

  /**
   * Whether the two records carry different identifiers of one kind (NHS number, pupil number, or a
   * reference of the same system) and no date of birth vouches for them: missing on one side or
   * more than a transposition apart. The commonest wrong link was a parent and a child of one name
   * at one address, one record without a date of birth; their NHS numbers or police references,
   * where both records have one, disagree, and each identifier belongs to one person. Such a pair
   * weighs what it weighs, but only a person links it. (A mistyped identifier is one slip from the
   * other, {@code SIMILAR}, or fails its check and is set aside: not "different".) Likewise two
   * different middle names with no date of birth on one record and no identifier shared: a child
   * named after a parent rarely has the parent's middle name too (a 1 January standing for the year
   * only is no date here either). With the same date of birth (or day and month swapped), different
   * identifiers still go to a person when the given names are not the same or a nickname: a twin
   * whose middle name is the other twin's first name ("Lexi" and "Ece Lexi", two police references)
   * is not one child whose names were swapped.
   */
  public static boolean identifiersDisagree(int pattern) {
    if (OneChildOrTwo.lookAlikes(pattern)) {
      return true;
    }
    int birth = Comparison.DATE_OF_BIRTH.levelOf(pattern);
    boolean differentIds =
        Comparison.NHS_NUMBER.levelOf(pattern) == 2
            || Comparison.PUPIL_NUMBER.levelOf(pattern) == 2
            || Comparison.OTHER_ID.levelOf(pattern) == Comparison.OTHER_ID.different();
    if (birth == 1 || birth == 2) {
      return differentIds && !OneChildOrTwo.nameAndBirthAgree(pattern);
    }
    if (differentIds
        && Comparison.NHS_NUMBER.levelOf(pattern) != 2
        && OneChildOrTwo.oneChildAtHome(pattern)) {
      return false;
    }
    return differentIds
        || (birth == 0
            && Comparison.MIDDLE_NAME.levelOf(pattern) == Comparison.MIDDLE_NAME.different()
            && Comparison.NHS_NUMBER.levelOf(pattern) != 1
            && Comparison.PUPIL_NUMBER.levelOf(pattern) != 1
            && Comparison.OTHER_ID.levelOf(pattern) != 1);
  }

  /**
   * Whether the dates of birth are years apart ({@link Similarity#YEARS_APART}) with no NHS number
   * joining the two, and that is a reason to ask a person: a parent and child at one address, often
   * with similar or the same names. The level's weight, learnt, already counts heavily against; on
   * top, such a pair is never linked without a person, however heavy the rest (a shared postcode
   * and family name can outweigh it), when either record is a child's or a young person's (born in
   * the last {@link #YOUNG_YEARS} years: the people Lantern is about, and one side of a parent and
   * child), or when the data says one person's records are seldom years apart ({@link
   * MatchModel#yearsApartRare}). Only where neither holds — adults, in data whose dates are often
   * wholly replaced (the FEBRL benchmark's: 4 % of one person's pairs) — does the learnt weight
   * decide alone.
   */
  public boolean yearsApart(int i, int j, int pattern) {
    return yearsApartLevel(pattern) && (model.yearsApartRare() || young(i) || young(j));
  }

  /**
   * Whether a child's two records look like a brother's and a sister's (or two brothers', two
   * sisters'): dates of birth wholly different — not a slip, a transposition or within a year, and
   * not years apart ({@link Similarity#YEARS_APART}) — with either record a child's or a young
   * person's ({@link #YOUNG_YEARS}), and no NHS number, pupil number or other reference joining
   * them. One child's date of birth is rarely recorded wholly wrong; siblings share a family name,
   * an address and sometimes a given name ("Hamza" and "Hamza", known by their middle names), and
   * those agreements together can outweigh two different dates and names (on a partner set built
   * outside Lantern, 60 of 76 wrong links were such siblings, at weights 3.5 to 16). So such a pair
   * is never linked without a person, however heavy. So too dates within a year of each other (more
   * than a slip) with given names different in a way no slip or nickname explains: two mistakes on
   * one child's record at once are rarer than sisters born months apart to two mothers, or sisters
   * whose middle name is their father's given name ("Amina Ali" and "Sumaya Ali", linked at 11 on
   * that set). A 1 January standing for the year only ({@link Similarity#birthLevel}) against
   * another date that year counts here as dates within a year.
   */
  public boolean siblings(int i, int j, int pattern) {
    int birth = Comparison.DATE_OF_BIRTH.levelOf(pattern);
    // both dated, yet compared as missing: a 1 January standing for the year only
    boolean yearOnly = birth == 0 && j >= 0 && table.birth[i] != 0 && table.birth[j] != 0;
    return (birth == DOB_DIFFERENT
            || ((birth == DOB_WITHIN_YEAR || yearOnly)
                && Comparison.GIVEN_NAME.levelOf(pattern) == Comparison.GIVEN_NAME.different()))
        && (young(i) || young(j))
        && Comparison.NHS_NUMBER.levelOf(pattern) != 1
        && Comparison.PUPIL_NUMBER.levelOf(pattern) != 1
        && Comparison.OTHER_ID.levelOf(pattern) != 1;
  }

  /** Born in the last {@link #YOUNG_YEARS} years: a child, or a young adult leaving care. */
  static final int YOUNG_YEARS = 25;

  /** The first day of birth counted as young: {@link #YOUNG_YEARS} years before today. */
  private final int youngFrom = (int) LocalDate.now().minusYears(YOUNG_YEARS).toEpochDay();

  private boolean young(int row) {
    return row >= 0 && table.birth[row] != 0 && table.birthDay[row] >= youngFrom;
  }

  /** Dates of birth years apart and no NHS number joining them, whatever the data. */
  static boolean yearsApartLevel(int pattern) {
    return Comparison.DATE_OF_BIRTH.levelOf(pattern) == Comparison.DATE_OF_BIRTH.different()
        && Comparison.NHS_NUMBER.levelOf(pattern) != 1;
  }

  /**
   * Whether a pair looks like twins: given names different in a way no slip, nickname or swap
   * explains (two different common first names count as different even when they sound alike), or a
   * nickname whose two names are both common first names in their own right ("Harry" and "Henry":
   * one boy's two names, or twins') on two records of one home (the same UPRN, address lines or
   * full postcode), or the two records of different sex with given names not the same (a boy and a
   * girl twin: "Louis" and "Louise"; one given name on both is one child whose sex was recorded
   * wrongly: "Diya" as a boy, on a partner set built outside Lantern); dates of birth that may be
   * one day (the same, missing, or a slip apart: not years); and nothing that joins one child: no
   * shared middle name, pupil number or NHS number, and no other identifier the same or one slip
   * apart (a reference mistyped, not two children's). Twins share a family name, a date of birth
   * and an address, so however heavy the rest, merging two children's histories is worse than
   * asking. A pair with different given names and a shared identifier or middle name links on its
   * weight.
   */
  public static boolean looksLikeTwins(int pattern) {
    int given = Comparison.GIVEN_NAME.levelOf(pattern);
    boolean ownNamesAtHome =
        given == G_NICKNAME_OWN_NAMES
            && (Comparison.ADDRESS.levelOf(pattern) == 1
                || Comparison.ADDRESS.levelOf(pattern) == 2
                || Comparison.POSTCODE.levelOf(pattern) == 1);
    boolean boyAndGirl = Comparison.SEX.levelOf(pattern) == 2 && given != G_EXACT;
    if (given != Comparison.GIVEN_NAME.different() && !ownNamesAtHome && !boyAndGirl) {
      return false;
    }
    if (Comparison.DATE_OF_BIRTH.levelOf(pattern) >= DOB_DIFFERENT) {
      return false;
    }
    int otherId = Comparison.OTHER_ID.levelOf(pattern);
    return Comparison.MIDDLE_NAME.levelOf(pattern) != 1
        && otherId != 1
        && otherId != 2
        && Comparison.PUPIL_NUMBER.levelOf(pattern) != 1
        && Comparison.NHS_NUMBER.levelOf(pattern) != 1;
  }

  private static final int G_EXACT = Comparison.GIVEN_NAME.levels().indexOf("EXACT");

  private static final int G_NICKNAME_OWN_NAMES =
      Comparison.GIVEN_NAME.levels().indexOf("NICKNAME_OWN_NAMES");

  private static final int DOB_DIFFERENT = 5;
  private static final int DOB_WITHIN_YEAR = 4;

  /**
   * Whether two records share an NHS number and disagree on at least two of given name, family
   * name, date of birth (by more than a slip), sex, pupil number and other identifier: more likely
   * a number recorded against the wrong person than one person. Never linked without a person; the
   * pair is weighed on everything, the NHS number as one field among them.
   */
  public static boolean identifierClash(int pattern) {
    if (Comparison.NHS_NUMBER.levelOf(pattern) != 1) {
      return false;
    }
    int against =
        (Comparison.GIVEN_NAME.levelOf(pattern) == Comparison.GIVEN_NAME.different() ? 1 : 0)
            + (Comparison.FAMILY_NAME.levelOf(pattern) == Comparison.FAMILY_NAME.different()
                ? 1
                : 0)
            + (Comparison.DATE_OF_BIRTH.levelOf(pattern) >= DOB_DIFFERENT ? 1 : 0)
            + (Comparison.SEX.levelOf(pattern) == 2 ? 1 : 0)
            + (Comparison.PUPIL_NUMBER.levelOf(pattern) == 2 ? 1 : 0)
            + (Comparison.OTHER_ID.levelOf(pattern) == Comparison.OTHER_ID.different() ? 1 : 0);
    return against >= 2;
  }

  /** Whether rows i and j may be linked without review: see {@link #needsReview(int, int, int)}. */
  public boolean mayLinkAutomatically(int i, int j) {
    return !needsReview(i, j, comparer.pattern(i, j));
  }

  /** Whether rows i and j share an NHS number but little else: see {@link #identifierClash}. */
  public boolean identifierClash(int i, int j) {
    return identifierClash(comparer.pattern(i, j));
  }

  int pattern(int i, int j) {
    return comparer.pattern(i, j);
  }

  /** Each field's part in the weight of rows i and j, for people to read. */
  public Explanation explain(int i, int j) {
    return explainPattern(i, j, comparer.pattern(i, j));
  }

  /** The explanation of a comparison vector, row i giving the names for term frequencies. */
  Explanation explainPattern(int i, int pattern) {
    return explainPattern(i, -1, pattern);
  }

  private Explanation explainPattern(int i, int j, int pattern) {
    var parts = new ArrayList<Explanation.Part>();
    for (Comparison c : Comparison.ALL) {
      int level = c.levelOf(pattern);
      double tf = 0;
      if (level == NAMES_SWAPPED && c == Comparison.GIVEN_NAME) {
        tf = swapAdjustment(i, j, pattern);
      } else if (level == 1 && c == Comparison.GIVEN_NAME) {
        tf = givenTf[table.given[i]] + swapAdjustment(i, j, pattern);
      } else if (level == 1 && c == Comparison.FAMILY_NAME) {
        tf = familyTf[table.family[i]];
      }
      parts.add(new Explanation.Part(c, c.levels().get(level), model.weight(c, level), tf));
    }
    boolean certain = Comparison.NHS_NUMBER.levelOf(pattern) == 1 && !identifierClash(pattern);
    return new Explanation(
        model.priorWeight(),
        parts,
        weightOf(i, j, pattern),
        certain,
        looksLikeTwins(pattern),
        identifierClash(pattern),
        yearsApart(i, j, pattern) || siblings(i, j, pattern),
        identifiersDisagree(pattern),
        OneChildOrTwo.lookAlikes(pattern));
  }
}
