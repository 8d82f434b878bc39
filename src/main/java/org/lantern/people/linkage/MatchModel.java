package org.lantern.people.linkage;

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
  private final float[] patternWeight;

  public MatchModel(double[][] m, double[][] u, double lambda) {
    this.m = copy(m);
    this.u = copy(u);
    this.lambda = lambda;
    this.patternWeight = new float[Comparison.PATTERNS];
    double prior = priorWeight();
    double[][] w = new double[Comparison.values().length][];
    for (Comparison c : Comparison.ALL) {
      w[c.ordinal()] = new double[c.levelCount()];
      for (int l = 0; l < c.levelCount(); l++) {
        w[c.ordinal()][l] = weight(c, l);
      }
    }
    for (int p = 0; p < Comparison.PATTERNS; p++) {
      double sum = prior;
      int rest = p;
      for (double[] levels : w) {
        sum += levels[rest % levels.length];
        rest /= levels.length;
      }
      patternWeight[p] = (float) sum;
    }
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

  float patternWeight(int pattern) {
    return patternWeight[pattern];
  }

  /**
   * How much an exact agreement on a value seen in this share of records moves the weight: the
   * level's u replaced by the value's own frequency, so a rare surname counts for more.
   */
  double termFrequencyAdjustment(Comparison c, double frequency) {
    double adjustment = log2(u[c.ordinal()][1] / frequency);
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
