package org.lantern.people.linkage;

import java.util.Arrays;
import java.util.List;

/**
 * Trains a model on a table and links it: every candidate pair scored on every core, the pairs at
 * or above a threshold kept.
 */
public final class Linker {

  private final Blocking blocking;
  private final int threads;

  public Linker(Blocking blocking, int threads) {
    this.blocking = blocking;
    this.threads = threads;
  }

  public Blocking blocking() {
    return blocking;
  }

  /** u from random pairs, then m and the prior by EM over the candidate pairs. */
  public MatchModel train(RecordTable table, int uSamples, long seed) {
    double[][] u = Estimation.estimateU(table, uSamples, seed);
    long[] counts = patternCounts(table);
    MatchModel start = MatchModel.initial();
    return Estimation.expectationMaximisation(
        counts, new MatchModel(start.m, u, start.lambda), true, 50, 1e-5);
  }

  /** How many candidate pairs show each comparison vector. */
  public long[] patternCounts(RecordTable table) {
    List<PatternCounter> counters =
        blocking.run(table, () -> new PatternCounter(new Comparer(table)), threads);
    long[] total = new long[Comparison.PATTERNS];
    for (PatternCounter counter : counters) {
      for (int p = 0; p < total.length; p++) {
        total[p] += counter.counts[p];
      }
    }
    return total;
  }

  /** The candidate pairs weighing at least {@code threshold}. */
  public ScoredPairs link(Scorer scorer, float threshold) {
    List<ScoredPairs> parts =
        blocking.run(scorer.table(), () -> new ScoredPairs(scorer, threshold), threads);
    ScoredPairs all = new ScoredPairs(scorer, threshold);
    parts.forEach(all::addAll);
    return all;
  }

  private static final class PatternCounter implements Blocking.PairSink {
    final long[] counts = new long[Comparison.PATTERNS];
    final Comparer comparer;

    PatternCounter(Comparer comparer) {
      this.comparer = comparer;
    }

    @Override
    public void pair(int a, int b) {
      counts[comparer.pattern(a, b)]++;
    }
  }

  /** Pairs of rows with their weights, in growable primitive arrays. */
  public static final class ScoredPairs implements Blocking.PairSink {
    private final Scorer scorer;
    private final float threshold;
    private int[] a = new int[1024];
    private int[] b = new int[1024];
    private float[] weight = new float[1024];
    private int size;
    private long scored;

    ScoredPairs(Scorer scorer, float threshold) {
      this.scorer = scorer;
      this.threshold = threshold;
    }

    @Override
    public void pair(int i, int j) {
      scored++;
      float w = scorer.weight(i, j);
      if (w >= threshold) {
        add(i, j, w);
      }
    }

    private void add(int i, int j, float w) {
      if (size == a.length) {
        a = Arrays.copyOf(a, size * 2);
        b = Arrays.copyOf(b, size * 2);
        weight = Arrays.copyOf(weight, size * 2);
      }
      a[size] = i;
      b[size] = j;
      weight[size++] = w;
    }

    void addAll(ScoredPairs other) {
      for (int k = 0; k < other.size; k++) {
        add(other.a[k], other.b[k], other.weight[k]);
      }
      scored += other.scored;
    }

    public int size() {
      return size;
    }

    public int a(int k) {
      return a[k];
    }

    public int b(int k) {
      return b[k];
    }

    public float weight(int k) {
      return weight[k];
    }

    /** How many candidate pairs were scored to find these. */
    public long scored() {
      return scored;
    }
  }

  /**
   * People as clusters of rows: rows joined by a pair weighing at least {@code threshold} (directly
   * or through others) share a cluster number, the smallest row in it.
   */
  public static int[] clusters(int rows, ScoredPairs pairs, float threshold) {
    int[] parent = new int[rows];
    for (int i = 0; i < rows; i++) {
      parent[i] = i;
    }
    for (int k = 0; k < pairs.size(); k++) {
      if (pairs.weight(k) >= threshold) {
        int x = find(parent, pairs.a(k));
        int y = find(parent, pairs.b(k));
        if (x != y) {
          parent[Math.max(x, y)] = Math.min(x, y);
        }
      }
    }
    for (int i = 0; i < rows; i++) {
      parent[i] = find(parent, i);
    }
    return parent;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
