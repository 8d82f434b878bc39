package org.lantern.people.linkage;

import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Estimates a {@link MatchModel} from the data rather than typed in: u from random pairs (almost
 * all of which are different people), then m and the prior by expectation–maximisation over the
 * comparison vectors of the candidate pairs blocking produced.
 */
public final class Estimation {

  private static final double FLOOR = 1e-6;

  private Estimation() {}

  /** u for every level: how often random pairs show it. */
  public static double[][] estimateU(RecordTable table, int samples, long seed) {
    long[] counts = new long[Comparison.PATTERNS];
    Comparer comparer = new Comparer(table);
    SplittableRandom random = new SplittableRandom(seed);
    int n = table.size();
    for (int s = 0; s < samples && n > 1; s++) {
      int i = random.nextInt(n);
      int j = random.nextInt(n - 1);
      if (j >= i) {
        j++;
      }
      counts[comparer.pattern(i, j)]++;
    }
    return levelShares(counts);
  }

  /**
   * Runs EM on a histogram of comparison-vector patterns (index = pattern number, value = how many
   * candidate pairs showed it). With {@code fixU}, u stays as given (as estimated from random
   * pairs, which is more reliable than EM's own); m and lambda are re-estimated.
   */
  public static MatchModel expectationMaximisation(
      long[] patternCounts, MatchModel start, boolean fixU, int maxIterations, double tolerance) {
    return expectationMaximisation(patternCounts, start, fixU, Set.of(), maxIterations, tolerance);
  }

  /**
   * EM that leaves some comparisons out (as if missing): those a blocking rule's key is made of,
   * when learning from that rule's pairs. Their m comes back meaningless; take it from a session on
   * another rule.
   */
  public static MatchModel expectationMaximisation(
      long[] patternCounts,
      MatchModel start,
      boolean fixU,
      Set<Comparison> ignored,
      int maxIterations,
      double tolerance) {
    int[] patterns =
        IntStream.range(0, patternCounts.length).filter(p -> patternCounts[p] > 0).toArray();
    int comparisons = Comparison.values().length;
    int[][] levels = new int[patterns.length][comparisons];
    for (int k = 0; k < patterns.length; k++) {
      for (Comparison c : Comparison.ALL) {
        levels[k][c.ordinal()] = ignored.contains(c) ? 0 : c.levelOf(patterns[k]);
      }
    }
    MatchModel model = start;
    for (int iteration = 0; iteration < maxIterations; iteration++) {
      double[][] mSums = zeros();
      double[][] uSums = zeros();
      double matches = 0;
      double total = 0;
      for (int k = 0; k < patterns.length; k++) {
        double pm = model.lambda;
        double pu = 1 - model.lambda;
        for (int c = 0; c < comparisons; c++) {
          int l = levels[k][c];
          if (l > 0) {
            pm *= model.m[c][l];
            pu *= model.u[c][l];
          }
        }
        double p = pm / (pm + pu);
        double count = patternCounts[patterns[k]];
        matches += p * count;
        total += count;
        for (int c = 0; c < comparisons; c++) {
          int l = levels[k][c];
          mSums[c][l] += p * count;
          uSums[c][l] += (1 - p) * count;
        }
      }
      double[][] m = normalise(mSums);
      double[][] u = fixU ? model.u : normalise(uSums);
      double lambda = Math.min(1 - FLOOR, Math.max(FLOOR, matches / total));
      MatchModel next = new MatchModel(m, u, lambda, model.givenExactU, model.familyExactU);
      double change = Math.abs(lambda - model.lambda) + maxChange(m, model.m);
      model = next;
      if (change < tolerance) {
        break;
      }
    }
    return model;
  }

  /**
   * The prior share of matches among pairs, m and u kept as they are: the E step alone, repeated
   * until the share settles.
   */
  public static double matchShare(long[] patternCounts, MatchModel model, double start) {
    double lambda = start;
    for (int iteration = 0; iteration < 200; iteration++) {
      double matches = 0;
      double total = 0;
      for (int p = 0; p < patternCounts.length; p++) {
        if (patternCounts[p] == 0) {
          continue;
        }
        double pm = lambda;
        double pu = 1 - lambda;
        for (Comparison c : Comparison.ALL) {
          int l = c.levelOf(p);
          if (l > 0) {
            pm *= model.m[c.ordinal()][l];
            pu *= model.u[c.ordinal()][l];
          }
        }
        matches += patternCounts[p] * pm / (pm + pu);
        total += patternCounts[p];
      }
      double next = Math.min(1 - FLOOR, Math.max(FLOOR, matches / total));
      boolean settled = Math.abs(next - lambda) < 1e-7;
      lambda = next;
      if (settled) {
        break;
      }
    }
    return lambda;
  }

  /**
   * One comparison's m from pairs that another identifier joins and the same date of birth confirms
   * (two children given one reference by mistake rarely share a birthday too): the share of each of
   * its levels among those pairs where both records have the field, one added to every level's
   * count so that a level not seen among a few thousand pairs is rare rather than impossible. Pairs
   * that share an NHS number but clash on the rest ({@link Scorer#identifierClash}) are left out.
   * Null when fewer than {@code minimum} pairs have the field on both records.
   */
  static double @Nullable [] fromJoinedPairs(long[] patternCounts, Comparison c, long minimum) {
    double[] counts = new double[c.levelCount()];
    long known = 0;
    for (int p = 0; p < patternCounts.length; p++) {
      int level = c.levelOf(p);
      if (patternCounts[p] > 0
          && level > 0
          && Comparison.DATE_OF_BIRTH.levelOf(p) == 1
          && !Scorer.identifierClash(p)) {
        counts[level] += patternCounts[p];
        known += patternCounts[p];
      }
    }
    if (known < minimum) {
      return null;
    }
    double[] shares = new double[c.levelCount()];
    for (int l = 1; l < shares.length; l++) {
      shares[l] = (counts[l] + 1) / (known + shares.length - 1);
    }
    return shares;
  }

  /** The share of each non-missing level per comparison, in a pattern histogram. */
  static double[][] levelShares(long[] patternCounts) {
    double[][] sums = zeros();
    for (int p = 0; p < patternCounts.length; p++) {
      if (patternCounts[p] > 0) {
        for (Comparison c : Comparison.ALL) {
          sums[c.ordinal()][c.levelOf(p)] += patternCounts[p];
        }
      }
    }
    return normalise(sums);
  }

  private static double[][] zeros() {
    double[][] z = new double[Comparison.values().length][];
    for (Comparison c : Comparison.ALL) {
      z[c.ordinal()] = new double[c.levelCount()];
    }
    return z;
  }

  /** Shares of the non-missing levels (level 0 stays 0), none below a small floor. */
  private static double[][] normalise(double[][] sums) {
    double[][] shares = zeros();
    for (int c = 0; c < sums.length; c++) {
      double total = 0;
      for (int l = 1; l < sums[c].length; l++) {
        total += sums[c][l];
      }
      double floored = 0;
      for (int l = 1; l < sums[c].length; l++) {
        shares[c][l] =
            Math.max(FLOOR, total == 0 ? 1.0 / (sums[c].length - 1) : sums[c][l] / total);
        floored += shares[c][l];
      }
      for (int l = 1; l < sums[c].length; l++) {
        shares[c][l] /= floored;
      }
    }
    return shares;
  }

  private static double maxChange(double[][] a, double[][] b) {
    double max = 0;
    for (int c = 0; c < a.length; c++) {
      for (int l = 1; l < a[c].length; l++) {
        max = Math.max(max, Math.abs(a[c][l] - b[c][l]));
      }
    }
    return max;
  }
}
