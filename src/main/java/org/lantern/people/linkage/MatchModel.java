package org.lantern.people.linkage;

import org.jspecify.annotations.Nullable;

/**
 * A Fellegi–Sunter model: for each comparison level the probability of seeing it when two records
 * are the same person ({@code m}) and when they are not ({@code u}), and the prior share of
 * candidate pairs that match ({@code lambda}). The match weight of a level is log2(m/u); of a pair,
 * the prior's log-odds plus the sum over its fields.
 */
public final class MatchModel {

  /** Pairs that agree on a valid NHS number are linked whatever else they say. */
  public static final float CERTAIN = 60f;

  /** The largest a term-frequency adjustment may move a weight, either way. */
  static final double MAX_TF_ADJUSTMENT = 6;

  final double[][] m;
  final double[][] u;
  final double lambda;

  /** u of an exact given and family name among random pairs, for term-frequency adjustment. */
  final double givenExactU;

  final double familyExactU;

  private final boolean yearsApartRare;

  /**
   * Every comparison vector's summed level weights, without the prior, worked out on first use (EM
   * builds a model each iteration and never asks, and there are millions of vectors): 26 MB and a
   * quarter of a second of a core. Models with the same m and u share it — the standard model for
   * every number of records, which only the prior tells apart (a child search asks for the model of
   * the partnership's number of children, which changes with every child added).
   */
  private static final class LevelSums {
    private volatile float @Nullable [] sums;
  }

  private final LevelSums levelSums;
  private final float prior;

  public MatchModel(double[][] m, double[][] u, double lambda) {
    this(
        m,
        u,
        lambda,
        u[Comparison.GIVEN_NAME.ordinal()][1],
        u[Comparison.FAMILY_NAME.ordinal()][1]);
  }

  /**
   * With the u of exact name agreement among random pairs given apart: among candidate pairs (which
   * blocking chose for sharing names) agreement is far commoner than among random ones, and the
   * adjustment for a rare name compares it with the average of all pairs.
   */
  public MatchModel(
      double[][] m, double[][] u, double lambda, double givenExactU, double familyExactU) {
    this(m, u, lambda, givenExactU, familyExactU, new LevelSums());
  }

  private MatchModel(
      double[][] m,
      double[][] u,
      double lambda,
      double givenExactU,
      double familyExactU,
      LevelSums levelSums) {
    this.levelSums = levelSums;
    this.m = copy(m);
    this.u = copy(u);
    this.lambda = lambda;
    this.givenExactU = givenExactU;
    this.familyExactU = familyExactU;
    this.yearsApartRare =
        m(Comparison.DATE_OF_BIRTH, Comparison.DATE_OF_BIRTH.different()) < YEARS_APART_RARE_BELOW;
    this.prior = (float) priorWeight();
  }

  private float[] levelSums() {
    float[] sums = levelSums.sums;
    if (sums != null) {
      return sums;
    }
    sums = new float[Comparison.PATTERNS];
    double[][] w = new double[Comparison.values().length][];
    for (Comparison c : Comparison.ALL) {
      w[c.ordinal()] = new double[c.levelCount()];
      for (int l = 0; l < c.levelCount(); l++) {
        w[c.ordinal()][l] = weight(c, l);
      }
    }
    for (int p = 0; p < Comparison.PATTERNS; p++) {
      double sum = 0;
      int rest = p;
      for (double[] levels : w) {
        sum += levels[rest % levels.length];
        rest /= levels.length;
      }
      sums[p] = (float) sum;
    }
    levelSums.sums = sums;
    return sums;
  }

  /** A starting point for estimation: agreement likely among matches, rare among the others. */
  public static MatchModel initial() {
    double[][] m = new double[Comparison.values().length][];
    double[][] u = new double[Comparison.values().length][];
    for (Comparison c : Comparison.ALL) {
      int levels = c.levelCount();
      m[c.ordinal()] = new double[levels];
      u[c.ordinal()] = new double[levels];
      for (int l = 1; l < levels; l++) {
        // agreement levels: m falls and u rises as agreement weakens
        m[c.ordinal()][l] = l == 1 ? 0.8 : 0.2 / (levels - 1);
        u[c.ordinal()][l] = l == levels - 1 ? 0.9 : 0.1 / (levels - 1);
      }
    }
    return new MatchModel(m, u, 0.1);
  }

  /**
   * The model EM estimated on the synthetic benchmark population (docs/linkage.md), rounded, with
   * the prior for a table of {@code records} records (about one and a half true pairs per record
   * among all pairs, as there): for a partnership with too few records to estimate its own. The
   * given name's NICKNAME_SLIP level (a slip on top of a nickname) is set by hand, below the
   * nickname's weight, its m and u taken from the "different" level. NICKNAME_OWN_NAMES (a nickname
   * that is a first name in its own right, "Harry" and "Henry") came after: the nickname's m and u
   * split between the two, the nickname keeping its weight and the new level weighing what the
   * benchmark learnt for it (3.7).
   */
  private static final double[][] STANDARD_M = {
    {0, .7918, .0475, .0030, .0281, .0502, .0203, .0126, .0150, .0200, .0264},
    {0, .8659, .0279, .0481, .0186, .0038, .0150, .0357},
    {0, .9940, .0001, .0059},
    {0, .8936, .0159, .0782, .0123, .0002, .000001},
    {0, .6931, .0148, .1341, .1580},
    {0, .9977, .0023},
    {0, .9962, .0038},
    {0, .9950, .0050},
    {0, .3000, .4500, .0500, .2000},
    {0, .9500, .0300, .0200}
  };

  private static final double[][] STANDARD_U = {
    {0, .0020, .00148, .0001, .0016, .0039, .0003, .0042, .0002, .0015, .98462},
    {0, .0010, .00001, .0022, .0002, .0052, .0002, .9912},
    {0, .0026, .00001, .9974},
    {0, .0002, .0001, .0086, .1022, .4000, .4889},
    {0, .00001, .0017, .0152, .9831},
    {0, .5013, .4987},
    {0, .000001, .999999},
    {0, .000001, .999999},
    {0, .00001, .0001, .0002, .99969},
    {0, .00001, .0001, .99989}
  };
  private static final LevelSums STANDARD_SUMS = new LevelSums();

  /** The standard model (above) with the prior for a table of {@code records} records. */
  public static MatchModel standard(int records) {
    return new MatchModel(
        STANDARD_M,
        STANDARD_U,
        Math.min(0.5, 1.5 / Math.max(100, records)),
        STANDARD_U[Comparison.GIVEN_NAME.ordinal()][1],
        STANDARD_U[Comparison.FAMILY_NAME.ordinal()][1],
        STANDARD_SUMS);
  }

  /**
   * The share of one person's pairs of records above which dates of birth years apart are taken as
   * evidence to weigh rather than a reason to ask a person: in data where a real date is seldom
   * replaced by another (the benchmark's generator: none; the standard model: none), a pair years
   * apart is a parent and a child far more often than one child, and only a person links it. Where
   * the data says one person's records are years apart often (4 % of the FEBRL benchmark's pairs,
   * whose generator replaces whole dates), the level's learnt weight says how much it counts.
   */
  static final double YEARS_APART_RARE_BELOW = 0.01;

  /** Whether dates years apart are rare among one person's records here: see above. */
  public boolean yearsApartRare() {
    return yearsApartRare;
  }

  public double m(Comparison c, int level) {
    return m[c.ordinal()][level];
  }

  public double u(Comparison c, int level) {
    return u[c.ordinal()][level];
  }

  public double lambda() {
    return lambda;
  }

  /** The log-odds of a match before any field is compared. */
  public double priorWeight() {
    return log2(lambda / (1 - lambda));
  }

  /** The weight of one level (0 for a missing value). */
  public double weight(Comparison c, int level) {
    if (level == 0) {
      return 0;
    }
    return log2(m[c.ordinal()][level] / u[c.ordinal()][level]);
  }

  /**
   * The weight of seeing one of several levels without knowing which: log2 of the summed m over the
   * summed u. For a partial value (a year of birth alone) that fits several of a field's levels.
   */
  public double weightOfAny(Comparison c, int... levels) {
    double mSum = 0;
    double uSum = 0;
    for (int level : levels) {
      mSum += m[c.ordinal()][level];
      uSum += u[c.ordinal()][level];
    }
    return uSum <= 0 || mSum <= 0 ? 0 : log2(mSum / uSum);
  }

  float patternWeight(int pattern) {
    return prior + levelSums()[pattern];
  }

  /**
   * How much an exact agreement on a value seen in this share of records moves the weight: the
   * level's u replaced by the value's own frequency, so a rare surname counts for more.
   */
  double termFrequencyAdjustment(Comparison c, double frequency) {
    double exactU = c == Comparison.GIVEN_NAME ? givenExactU : familyExactU;
    double adjustment = log2(exactU / frequency);
    return Math.max(-MAX_TF_ADJUSTMENT, Math.min(MAX_TF_ADJUSTMENT, adjustment));
  }

  public static double probability(double weight) {
    double odds = Math.pow(2, weight);
    return odds / (1 + odds);
  }

  static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }

  private static double[][] copy(double[][] a) {
    double[][] c = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      c[i] = a[i].clone();
    }
    return c;
  }
}
