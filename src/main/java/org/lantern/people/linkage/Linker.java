package org.lantern.people.linkage;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.jspecify.annotations.Nullable;

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
    for (Comparison id : JOINED_BY.keySet()) {
      long[] joined = patternCounts(table, sampled.withRules(JOINED_BY.get(id)));
      double[] shares = Estimation.fromJoinedPairs(joined, id, LABELLED_FROM);
      if (shares != null) {
        m[id.ordinal()] = shares;
      }
    }
    nicknameSlipNoHeavierThanNickname(m, u);
    long[] candidates = patternCounts(table, sampled);
    double shareOfCandidates = Estimation.matchShare(candidates, new MatchModel(m, u, 0.5), 0.5);
    long rows = sampled.rowsTakingPart(table);
    double allPairs = Math.max(1, rows * (rows - 1) / 2.0);
    double prior = Math.max(1e-12, shareOfCandidates * Arrays.stream(candidates).sum() / allPairs);
    return new MatchModel(m, u, prior);
  }

  /**
   * Each identifier's m from the pairs another identifier joins and the date of birth confirms
   * ({@link Estimation#fromJoinedPairs}): how often one child's NHS number differs, say, among
   * pairs of records with the same pupil number or police reference and birthday. EM over
   * name-blocked pairs counts twins and a parent and child of one name at one address among the
   * matches (on the benchmark it learnt that 3.6 % of one child's pairs of records carry different
   * NHS numbers); pairs that an identifier joins say how often they really do.
   */
  static final Map<Comparison, List<BlockingRule>> JOINED_BY = joinedBy();

  private static Map<Comparison, List<BlockingRule>> joinedBy() {
    var joined = new EnumMap<Comparison, List<BlockingRule>>(Comparison.class);
    joined.put(
        Comparison.NHS_NUMBER, List.of(BlockingRule.PUPIL_NUMBER, BlockingRule.OTHER_IDENTIFIER));
    joined.put(
        Comparison.PUPIL_NUMBER, List.of(BlockingRule.NHS_NUMBER, BlockingRule.OTHER_IDENTIFIER));
    joined.put(Comparison.OTHER_ID, List.of(BlockingRule.NHS_NUMBER, BlockingRule.PUPIL_NUMBER));
    return joined;
  }

  private static final int NICKNAME = Comparison.GIVEN_NAME.levels().indexOf("NICKNAME");
  private static final int NICKNAME_SLIP = Comparison.GIVEN_NAME.levels().indexOf("NICKNAME_SLIP");

  /**
   * A slip on top of a nickname ("Robbert" and "Bobby") weighs at most what the nickname itself
   * does: random pairs almost never show it, so its u is at the estimate's floor and its weight
   * would otherwise come out heavier than an exact given name. Its u is raised to the nickname's
   * ratio of u to m (taken from the "different" level's u, so the shares still add up).
   */
  static void nicknameSlipNoHeavierThanNickname(double[][] m, double[][] u) {
    int g = Comparison.GIVEN_NAME.ordinal();
    int different = Comparison.GIVEN_NAME.different();
    double least = m[g][NICKNAME_SLIP] * u[g][NICKNAME] / m[g][NICKNAME];
    if (u[g][NICKNAME_SLIP] < least && least < u[g][different]) {
      u[g][different] -= least - u[g][NICKNAME_SLIP];
      u[g][NICKNAME_SLIP] = least;
    }
  }

  /**
   * The date of birth's m from pairs that share an NHS number (and do not clash on the rest):
   * nearly all one person, whatever their names. EM over name-blocked pairs takes a parent and
   * child of one name at one address for one person and learns that dates years apart are common
   * among matches; pairs joined by an identifier say how often one child's dates really differ.
   * Null when there are too few such pairs to say.
   */
  private double @Nullable [] birthFromSharedNhs(RecordTable table, Blocking sampled) {
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
        add(i, j, w, scorer.needsReview(i, j, pattern));
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

    /**
     * Whether pair k may only be linked by a person (see {@link Scorer#needsReview(int, int,
     * int)}).
     */
    public boolean needsReview(int k) {
      return needsReview[k];
    }

    /** How many candidate pairs were scored to find these. */
    public long scored() {
      return scored;
    }

    /**
     * A copy in which the pairs {@code released} accepts may be linked without a person: for a
     * benchmark to measure what a review rule costs, never for linking.
     */
    ScoredPairs releasing(IntPredicate released) {
      ScoredPairs copy = new ScoredPairs(scorer, threshold);
      for (int k = 0; k < size; k++) {
        copy.add(a[k], b[k], weight[k], needsReview[k] && !released.test(k));
      }
      copy.scored = scored;
      return copy;
    }
  }
}
