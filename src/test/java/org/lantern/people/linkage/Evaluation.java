package org.lantern.people.linkage;

import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * How well a linkage run did against the ground truth: pairwise precision and recall by weight
 * threshold, counting true pairs that blocking never proposed as missed.
 */
final class Evaluation implements Blocking.PairSink {

  static final float LOW = -40;
  static final float HIGH = 70;
  static final float STEP = 0.25f;
  static final int BINS = (int) ((HIGH - LOW) / STEP) + 1;

  private final Scorer scorer;
  private final int[] truth;
  final long[] trueByWeight = new long[BINS];
  final long[] falseByWeight = new long[BINS];

  /**
   * Wrong pairs at or above the link threshold, by comparison vector: where false links come from.
   */
  final java.util.Map<Integer, Long> falseLinks = new java.util.HashMap<>();

  Evaluation(Scorer scorer, int[] truth) {
    this.scorer = scorer;
    this.truth = truth;
  }

  @Override
  public void pair(int a, int b) {
    int pattern = scorer.pattern(a, b);
    // a pair only a person may link is never linked automatically, at any threshold
    float w = scorer.needsReview(a, b, pattern) ? LOW : scorer.weightOf(a, b, pattern);
    int bin = (int) ((Math.max(LOW, Math.min(HIGH, w)) - LOW) / STEP);
    if (truth[a] == truth[b]) {
      trueByWeight[bin]++;
    } else {
      falseByWeight[bin]++;
      if (w >= LinkageThresholds.defaults().link()) {
        falseLinks.merge(pattern, 1L, Long::sum);
      }
    }
  }

  /** The commonest comparison vectors among wrong links, in words. */
  String commonFalseLinks(int top) {
    StringBuilder out = new StringBuilder();
    falseLinks.entrySet().stream()
        .sorted(java.util.Map.Entry.<Integer, Long>comparingByValue().reversed())
        .limit(top)
        .forEach(
            e -> {
              StringBuilder v = new StringBuilder();
              for (Comparison c : Comparison.ALL) {
                int l = c.levelOf(e.getKey());
                if (l > 0) {
                  v.append(c).append('=').append(c.levels().get(l)).append(' ');
                }
              }
              out.append(String.format("- %,d: %s%n", e.getValue(), v.toString().strip()));
            });
    return out.toString();
  }

  void add(Evaluation other) {
    for (int i = 0; i < BINS; i++) {
      trueByWeight[i] += other.trueByWeight[i];
      falseByWeight[i] += other.falseByWeight[i];
    }
    other.falseLinks.forEach((p, n) -> falseLinks.merge(p, n, Long::sum));
  }

  long blockedTruePairs() {
    return Arrays.stream(trueByWeight).sum();
  }

  /** Precision, recall and F1 of calling every pair at or above {@code threshold} a match. */
  Score at(float threshold, long allTruePairs) {
    int from = (int) Math.ceil((threshold - LOW) / STEP);
    long tp = 0;
    long fp = 0;
    for (int i = Math.max(0, from); i < BINS; i++) {
      tp += trueByWeight[i];
      fp += falseByWeight[i];
    }
    return new Score(threshold, tp, fp, allTruePairs - tp);
  }

  Score best(long allTruePairs) {
    Score best = at(LOW, allTruePairs);
    for (int i = 0; i < BINS; i++) {
      Score s = at(LOW + i * STEP, allTruePairs);
      if (s.f1() > best.f1()) {
        best = s;
      }
    }
    return best;
  }

  static long truePairs(int[] truth) {
    int[] sorted = truth.clone();
    Arrays.sort(sorted);
    long pairs = 0;
    int run = 1;
    for (int i = 1; i <= sorted.length; i++) {
      if (i < sorted.length && sorted[i] == sorted[i - 1]) {
        run++;
      } else {
        pairs += (long) run * (run - 1) / 2;
        run = 1;
      }
    }
    return pairs;
  }

  /** Pairwise scores of clusters (people) rather than of scored pairs. */
  static Score ofClusters(int[] cluster, int[] truth) {
    long[] byCluster = new long[cluster.length];
    long[] byBoth = new long[cluster.length];
    for (int i = 0; i < cluster.length; i++) {
      byCluster[i] = cluster[i];
      byBoth[i] = ((long) cluster[i] << 32) | truth[i];
    }
    long predicted = runPairs(byCluster);
    long tp = runPairs(byBoth);
    long actual = truePairs(truth);
    return new Score(Float.NaN, tp, predicted - tp, actual - tp);
  }

  private static long runPairs(long[] keys) {
    Arrays.parallelSort(keys);
    long pairs = 0;
    int run = 1;
    for (int i = 1; i <= keys.length; i++) {
      if (i < keys.length && keys[i] == keys[i - 1]) {
        run++;
      } else {
        pairs += (long) run * (run - 1) / 2;
        run = 1;
      }
    }
    return pairs;
  }

  record Score(float threshold, long truePositives, long falsePositives, long falseNegatives) {

    double precision() {
      return truePositives + falsePositives == 0
          ? 1
          : truePositives / (double) (truePositives + falsePositives);
    }

    double recall() {
      return truePositives / (double) Math.max(1, truePositives + falseNegatives);
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /** The true pairs blocking proposes, as {@link #key}s: what blocking did not lose. */
  static Set<Long> proposedTruePairs(Linker linker, RecordTable table, int[] truth, int threads) {
    Set<Long> proposed = ConcurrentHashMap.newKeySet();
    linker
        .blocking()
        .run(
            table,
            () ->
                (Blocking.PairSink)
                    (a, b) -> {
                      if (truth[a] == truth[b]) {
                        proposed.add(key(a, b));
                      }
                    },
            threads);
    return proposed;
  }

  /**
   * Why a true pair of rows a and b was not linked, the first reason in this order (never proposed
   * by blocking; held for a person as twins, an NHS number clash, dates years apart or identifiers
   * that disagree; under the link threshold), or null when none holds: it was linked, or left for a
   * person as ambiguous.
   */
  static @Nullable String heldBack(
      Scorer scorer, int a, int b, int pattern, float weight, boolean proposed, float link) {
    if (!proposed) {
      return "not proposed by blocking";
    }
    if (Scorer.looksLikeTwins(pattern)) {
      return "review: looks like twins";
    }
    if (Scorer.identifierClash(pattern)) {
      return "review: NHS number clash";
    }
    if (scorer.yearsApart(a, b, pattern)) {
      return "review: years apart";
    }
    if (Scorer.identifiersDisagree(pattern)) {
      return "review: identifiers disagree";
    }
    return weight < link ? "below the link threshold" : null;
  }

  /** A comparison vector in words: each compared field's level. */
  static String vector(int pattern) {
    StringBuilder v = new StringBuilder();
    for (Comparison c : Comparison.ALL) {
      int l = c.levelOf(pattern);
      if (l > 0) {
        v.append(c).append('=').append(c.levels().get(l)).append(' ');
      }
    }
    return v.toString().strip();
  }

  /** One key for a pair of rows, whichever way round. */
  static long key(int a, int b) {
    return ((long) Math.min(a, b) << 32) | Math.max(a, b);
  }
}
