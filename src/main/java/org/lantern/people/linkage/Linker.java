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

  /** The rules EM learns from; between them every comparison is learnt at least once. */
  static final List<BlockingRule> TRAINING =
      List.of(
          BlockingRule.BIRTH_DATE_AND_GIVEN_ROOT,
          BlockingRule.FAMILY_SOUND_AND_GIVEN_ROOT,
          BlockingRule.BIRTH_DATE_AND_FAMILY_SOUND,
          BlockingRule.BIRTH_DATE_AND_POSTCODE);

  /** Pairs sharing an NHS number that teach the date of birth's m, when there are this many. */
  static final long LABELLED_FROM = 200;

  /**
   * Estimates the model from the table itself, the way Splink does: u from random pairs (nearly all
   * of them different people); m by EM over the pairs of each training rule in turn, leaving out
   * the fields the rule blocks on (they agree by construction there), each comparison's m the mean
   * of the sessions that learnt it (the date of birth's from pairs sharing an NHS number, when
   * there are enough); then the share of matches among all candidate pairs, and from it the prior
   * for two random records. Rows are sampled down to about {@code sampleRows}.
   */
  public MatchModel train(RecordTable table, int uSamples, int sampleRows, long seed) {
    double[][] u = Estimation.estimateU(table, uSamples, seed);
    Blocking sampled = blocking.sample(Math.min(1.0, sampleRows / (double) table.size()));
    MatchModel start = new MatchModel(MatchModel.initial().m, u, 0.5);
    double[][] m = new double[Comparison.values().length][];
    int[] sessions = new int[Comparison.values().length];
    for (BlockingRule rule : TRAINING) {
      long[] counts = patternCounts(table, sampled.withRules(List.of(rule)));
      MatchModel learnt =
          Estimation.expectationMaximisation(counts, start, true, rule.comparisons(), 100, 1e-6);
      for (Comparison c : Comparison.ALL) {
        if (!rule.comparisons().contains(c)) {
          int k = c.ordinal();
          m[k] = m[k] == null ? learnt.m[k].clone() : add(m[k], learnt.m[k]);
          sessions[k]++;
        }
      }
    }
    for (Comparison c : Comparison.ALL) {
      for (int l = 0; l < m[c.ordinal()].length; l++) {
        m[c.ordinal()][l] /= sessions[c.ordinal()];
      }
    }
    double[] birth = birthFromSharedNhs(table, sampled);
    if (birth != null) {
      m[Comparison.DATE_OF_BIRTH.ordinal()] = birth;
    }
    long[] candidates = patternCounts(table, sampled);
    double shareOfCandidates = Estimation.matchShare(candidates, new MatchModel(m, u, 0.5), 0.5);
    long rows = sampled.rowsTakingPart(table);
    double allPairs = Math.max(1, rows * (rows - 1) / 2.0);
    double prior = Math.max(1e-12, shareOfCandidates * Arrays.stream(candidates).sum() / allPairs);
    return new MatchModel(m, u, prior);
  }

  /**
   * The date of birth's m from pairs that share an NHS number (and do not clash on the rest):
   * nearly all one person, whatever their names. EM over name-blocked pairs takes a parent and
   * child of one name at one address for one person and learns that dates years apart are common
   * among matches; pairs joined by an identifier say how often one child's dates really differ.
   * Null when there are too few such pairs to say.
   */
  private double @org.jspecify.annotations.Nullable [] birthFromSharedNhs(
      RecordTable table, Blocking sampled) {
    long[] counts = patternCounts(table, sampled.withRules(List.of(BlockingRule.NHS_NUMBER)));
    for (int p = 0; p < counts.length; p++) {
      if (counts[p] > 0 && Scorer.identifierClash(p)) {
        counts[p] = 0;
      }
    }
    double[][] shares = Estimation.levelShares(counts);
    long known = 0;
    for (int p = 0; p < counts.length; p++) {
      if (Comparison.DATE_OF_BIRTH.levelOf(p) > 0) {
        known += counts[p];
      }
    }
    return known < LABELLED_FROM ? null : shares[Comparison.DATE_OF_BIRTH.ordinal()];
  }

  private static double[] add(double[] a, double[] b) {
    for (int i = 0; i < a.length; i++) {
      a[i] += b[i];
    }
    return a;
  }

  /** How many candidate pairs show each comparison vector. */
  public long[] patternCounts(RecordTable table) {
    return patternCounts(table, blocking);
  }

  private long[] patternCounts(RecordTable table, Blocking by) {
    List<PatternCounter> counters =
        by.run(table, () -> new PatternCounter(new Comparer(table)), threads);
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
    private boolean[] needsReview = new boolean[1024];
    private int size;
    private long scored;

    ScoredPairs(Scorer scorer, float threshold) {
      this.scorer = scorer;
      this.threshold = threshold;
    }

    @Override
    public void pair(int i, int j) {
      scored++;
      int pattern = scorer.pattern(i, j);
      float w = scorer.weightOf(i, j, pattern);
      if (w >= threshold) {
        add(i, j, w, Scorer.needsReview(pattern));
      }
    }

    private void add(int i, int j, float w, boolean review) {
      if (size == a.length) {
        a = Arrays.copyOf(a, size * 2);
        b = Arrays.copyOf(b, size * 2);
        weight = Arrays.copyOf(weight, size * 2);
        needsReview = Arrays.copyOf(needsReview, size * 2);
      }
      a[size] = i;
      b[size] = j;
      needsReview[size] = review;
      weight[size++] = w;
    }

    void addAll(ScoredPairs other) {
      for (int k = 0; k < other.size; k++) {
        add(other.a[k], other.b[k], other.weight[k], other.needsReview[k]);
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

    /** Whether pair k may only be linked by a person (see {@link Scorer#needsReview(int)}). */
    public boolean needsReview(int k) {
      return needsReview[k];
    }

    /** How many candidate pairs were scored to find these. */
    public long scored() {
      return scored;
    }
  }

  /**
   * People as clusters of rows: rows joined by a pair weighing at least {@code threshold} that may
   * be linked automatically (directly or through others) share a cluster number, the smallest row
   * in it.
   */
  public static int[] clusters(int rows, ScoredPairs pairs, float threshold) {
    int[] parent = new int[rows];
    for (int i = 0; i < rows; i++) {
      parent[i] = i;
    }
    for (int k = 0; k < pairs.size(); k++) {
      if (pairs.weight(k) >= threshold && !pairs.needsReview(k)) {
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

  /**
   * People as clusters of rows, without chaining: pairs that may be linked automatically, at or
   * above {@code threshold} and not ambiguous ({@link #decide}), strongest first; two clusters are
   * joined only if no two of their rows contradict each other ({@link #contradict}: different NHS
   * numbers or UPNs, an identifier clash, dates years apart, or a pair weighing under {@code
   * floor}), so the weakest link inside a cluster is above the floor, and a record that matches one
   * of a person's records but contradicts another joins neither. Each row's cluster number is the
   * smallest row in it.
   */
  public static int[] consistentClusters(
      Scorer scorer, ScoredPairs pairs, float threshold, float floor) {
    boolean[] decided = decide(scorer, pairs, threshold, floor);
    RecordTable t = scorer.table();
    int rows = t.size();
    int[] parent = new int[rows];
    int[][] members = new int[rows][];
    for (int i = 0; i < rows; i++) {
      parent[i] = i;
    }
    int linkable = 0;
    long[] order = new long[pairs.size()];
    for (int k = 0; k < pairs.size(); k++) {
      if (decided[k]) {
        // strongest first: the weight's bits, flipped so that an ascending sort puts it first
        int bits = Float.floatToIntBits(pairs.weight(k));
        order[linkable++] = ((long) ~bits << 32) | k;
      }
    }
    order = Arrays.copyOf(order, linkable);
    Arrays.parallelSort(order);
    for (long o : order) {
      int k = (int) o;
      int x = find(parent, pairs.a(k));
      int y = find(parent, pairs.b(k));
      if (x == y) {
        continue;
      }
      int[] mx = members[x] == null ? new int[] {x} : members[x];
      int[] my = members[y] == null ? new int[] {y} : members[y];
      if (!consistent(scorer, t, mx, my, floor)) {
        continue;
      }
      int root = Math.min(x, y);
      int other = Math.max(x, y);
      parent[other] = root;
      int[] joined = Arrays.copyOf(mx, mx.length + my.length);
      System.arraycopy(my, 0, joined, mx.length, my.length);
      members[root] = joined;
      members[other] = null;
    }
    for (int i = 0; i < rows; i++) {
      parent[i] = find(parent, i);
    }
    int[] smallest = new int[rows];
    Arrays.fill(smallest, Integer.MAX_VALUE);
    for (int i = 0; i < rows; i++) {
      smallest[parent[i]] = Math.min(smallest[parent[i]], i);
    }
    for (int i = 0; i < rows; i++) {
      parent[i] = smallest[parent[i]];
    }
    return parent;
  }

  /**
   * Two candidates of one record that weigh within this of each other, and contradict each other,
   * make the record's match ambiguous: it is linked to neither without a person.
   */
  public static final float AMBIGUOUS_WITHIN = 2f;

  /**
   * Which scored pairs are linked without a person: at or above {@code threshold}, not a pair only
   * a person may link ({@link Scorer#needsReview}), and not ambiguous. A record is ambiguous
   * between two of its linkable candidates when they weigh within {@link #AMBIGUOUS_WITHIN} of its
   * best and contradict each other ({@link #contradict}: a dateless "Sarah Moss" who matches both a
   * girl and her mother of that name at one address); then neither pair is linked. A shared NHS
   * number is never ambiguous.
   */
  public static boolean[] decide(Scorer scorer, ScoredPairs pairs, float threshold, float floor) {
    int n = pairs.size();
    boolean[] link = new boolean[n];
    int rows = scorer.table().size();
    int[] start = new int[rows + 1];
    for (int k = 0; k < n; k++) {
      if (pairs.weight(k) >= threshold && !pairs.needsReview(k)) {
        link[k] = true;
        if (pairs.weight(k) < MatchModel.CERTAIN) {
          start[pairs.a(k) + 1]++;
          start[pairs.b(k) + 1]++;
        }
      }
    }
    for (int i = 0; i < rows; i++) {
      start[i + 1] += start[i];
    }
    int[] edges = new int[start[rows]];
    int[] fill = Arrays.copyOf(start, rows);
    for (int k = 0; k < n; k++) {
      if (link[k] && pairs.weight(k) < MatchModel.CERTAIN) {
        edges[fill[pairs.a(k)]++] = k;
        edges[fill[pairs.b(k)]++] = k;
      }
    }
    boolean[] ambiguous = new boolean[n];
    for (int i = 0; i < rows; i++) {
      if (start[i + 1] - start[i] < 2) {
        continue;
      }
      float top = Float.NEGATIVE_INFINITY;
      for (int e = start[i]; e < start[i + 1]; e++) {
        top = Math.max(top, pairs.weight(edges[e]));
      }
      for (int e = start[i]; e < start[i + 1]; e++) {
        int k1 = edges[e];
        if (top - pairs.weight(k1) >= AMBIGUOUS_WITHIN) {
          continue;
        }
        int j1 = pairs.a(k1) == i ? pairs.b(k1) : pairs.a(k1);
        for (int f = e + 1; f < start[i + 1]; f++) {
          int k2 = edges[f];
          if (top - pairs.weight(k2) >= AMBIGUOUS_WITHIN) {
            continue;
          }
          int j2 = pairs.a(k2) == i ? pairs.b(k2) : pairs.a(k2);
          if (contradict(scorer, j1, j2, floor)) {
            ambiguous[k1] = true;
            ambiguous[k2] = true;
          }
        }
      }
    }
    for (int k = 0; k < n; k++) {
      link[k] &= !ambiguous[k];
    }
    return link;
  }

  /**
   * Whether two records cannot be one person: different NHS numbers or pupil numbers, a pair only a
   * person may link because of an identifier clash or dates of birth years apart, or a weight below
   * {@code floor}. (Given names that look like twins' are not a contradiction here: inside a person
   * joined by other evidence, a replaced given name is one child's.)
   */
  public static boolean contradict(Scorer scorer, int a, int b, float floor) {
    RecordTable t = scorer.table();
    if ((t.nhs[a] != 0 && t.nhs[b] != 0 && t.nhs[a] != t.nhs[b])
        || (t.upn[a] >= 0 && t.upn[b] >= 0 && t.upn[a] != t.upn[b])) {
      return true;
    }
    int pattern = scorer.pattern(a, b);
    return Scorer.identifierClash(pattern)
        || Scorer.yearsApart(pattern)
        || scorer.weightOf(a, b, pattern) < floor;
  }

  /** The most rows of two clusters weighed against each other; larger ones are checked on ids. */
  static final int MAX_CROSS_PAIRS = 400;

  private static boolean consistent(Scorer scorer, RecordTable t, int[] xs, int[] ys, float floor) {
    boolean weigh = (long) xs.length * ys.length <= MAX_CROSS_PAIRS;
    for (int a : xs) {
      for (int b : ys) {
        if ((t.nhs[a] != 0 && t.nhs[b] != 0 && t.nhs[a] != t.nhs[b])
            || (t.upn[a] >= 0 && t.upn[b] >= 0 && t.upn[a] != t.upn[b])) {
          return false;
        }
        if (weigh && contradict(scorer, a, b, floor)) {
          return false;
        }
      }
    }
    return true;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
