package org.lantern.people.linkage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Makes the candidate pairs of a table under a list of {@link BlockingRule}s, each pair once (a
 * pair that an earlier rule already made is skipped), and hands them to workers running on every
 * core. A block larger than {@code maxBlock} records is skipped and counted: it would cost more
 * than it finds.
 */
public final class Blocking {

  /** Receives candidate pairs on one thread. */
  public interface PairSink {
    void pair(int a, int b);
  }

  private static final int INDEX_BITS = 22;
  private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;
  private static final int BLOCKS_PER_TASK = 256;

  private final List<BlockingRule> rules;
  private final int maxBlock;
  private final AtomicLong skippedPairs = new AtomicLong();

  /** Of every 1024 rows, how many take part (by a hash of the row number). */
  private final int sampled;

  public Blocking(List<BlockingRule> rules, int maxBlock) {
    this(rules, maxBlock, 1024);
  }

  private Blocking(List<BlockingRule> rules, int maxBlock, int sampled) {
    this.rules = List.copyOf(rules);
    this.maxBlock = maxBlock;
    this.sampled = sampled;
  }

  /** The same rules over a random share of the rows, for training on a large table. */
  public Blocking sample(double share) {
    return new Blocking(rules, maxBlock, (int) Math.max(1, Math.min(1024, share * 1024)));
  }

  /** The same sampling and block limit with other rules. */
  public Blocking withRules(List<BlockingRule> others) {
    return new Blocking(others, maxBlock, sampled);
  }

  /** Whether a row takes part under this blocking's sample. */
  public boolean takesPart(int row) {
    return sampled >= 1024 || (mix(row + 0x5DEECE66DL) & 1023) < sampled;
  }

  /** How many of a table's rows take part. */
  public int rowsTakingPart(RecordTable t) {
    int count = 0;
    for (int i = 0; i < t.size(); i++) {
      if (takesPart(i)) {
        count++;
      }
    }
    return count;
  }

  public static Blocking standard() {
    return new Blocking(List.of(BlockingRule.values()), 5_000);
  }

  public List<BlockingRule> rules() {
    return rules;
  }

  /** Pairs left out because their block was too large, in the last run. */
  public long skippedPairs() {
    return skippedPairs.get();
  }

  /** Whether a and b share a key under any rule: whether blocking makes them a candidate pair. */
  public boolean isCandidate(RecordTable t, int a, int b) {
    long[] ka = new long[BlockingRule.MAX_KEYS];
    long[] kb = new long[BlockingRule.MAX_KEYS];
    for (BlockingRule rule : rules) {
      if (smallestShared(t, rule, a, b, ka, kb) != NOT_SHARED) {
        return true;
      }
    }
    return false;
  }

  private static final long NOT_SHARED = -1;

  /**
   * The smallest hashed key that rows a and b share under the rule, or {@link #NOT_SHARED}: a pair
   * is made only in the block of that key, so a pair sharing two keys is still made once.
   */
  private static long smallestShared(
      RecordTable t, BlockingRule rule, int a, int b, long[] ka, long[] kb) {
    int na = rule.keys(t, a, ka);
    if (na == 0) {
      return NOT_SHARED;
    }
    int nb = rule.keys(t, b, kb);
    long smallest = NOT_SHARED;
    for (int x = 0; x < na; x++) {
      for (int y = 0; y < nb; y++) {
        if (ka[x] == kb[y]) {
          long hashed = mix(ka[x]);
          if (smallest == NOT_SHARED || hashed < smallest) {
            smallest = hashed;
          }
        }
      }
    }
    return smallest;
  }

  /** Rows that share a key with row {@code i} (a scan: for one record against a small index). */
  public int[] candidatesOf(RecordTable t, int i) {
    int[] found = new int[16];
    int count = 0;
    for (int j = 0; j < t.size(); j++) {
      if (j != i && isCandidate(t, i, j)) {
        if (count == found.length) {
          found = Arrays.copyOf(found, count * 2);
        }
        found[count++] = j;
      }
    }
    return Arrays.copyOf(found, count);
  }

  /** Every candidate pair, to workers made by {@code workers} (one per task thread). */
  public <W extends PairSink> List<W> run(RecordTable t, Supplier<W> workers, int threads) {
    if (t.size() > INDEX_MASK) {
      throw new IllegalArgumentException("At most " + INDEX_MASK + " records at once");
    }
    skippedPairs.set(0);
    List<W> made = new ArrayList<>();
    for (int w = 0; w < threads; w++) {
      made.add(workers.get());
    }
    long[][] single = new long[rules.size()][];
    try (ForkJoinPool pool = new ForkJoinPool(threads)) {
      for (int r = 0; r < rules.size(); r++) {
        single[r] = rules.get(r).oneKey() ? singleKeys(t, rules.get(r)) : null;
        long[] sorted = sortedKeys(t, rules.get(r));
        int[] starts = blockStarts(sorted);
        int rule = r;
        AtomicInteger next = new AtomicInteger();
        List<ForkJoinTask<?>> tasks = new ArrayList<>();
        for (W worker : made) {
          tasks.add(pool.submit(() -> pairsOf(t, sorted, starts, rule, single, next, worker)));
        }
        tasks.forEach(ForkJoinTask::join);
      }
    }
    return made;
  }

  /** A row's key under a rule with at most one key per row, or {@link #NO_KEY}. */
  private static final long NO_KEY = Long.MIN_VALUE;

  /**
   * Every row's one key under the rule, worked out once: checking whether a pair shares it (or was
   * made by an earlier rule) is then a comparison, not two key computations per pair.
   */
  private static long[] singleKeys(RecordTable t, BlockingRule rule) {
    long[] keys = new long[t.size()];
    long[] mine = new long[BlockingRule.MAX_KEYS];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = rule.keys(t, i, mine) == 0 ? NO_KEY : mine[0];
    }
    return keys;
  }

  private void pairsOf(
      RecordTable t,
      long[] sorted,
      int[] starts,
      int rule,
      long[][] single,
      AtomicInteger next,
      PairSink sink) {
    long[] ka = new long[BlockingRule.MAX_KEYS];
    long[] kb = new long[BlockingRule.MAX_KEYS];
    BlockingRule current = rules.get(rule);
    int limit = Math.min(maxBlock, current.maxBlock());
    int blocks = starts.length - 1;
    int task;
    while ((task = next.getAndAdd(BLOCKS_PER_TASK)) < blocks) {
      int last = Math.min(blocks, task + BLOCKS_PER_TASK);
      for (int b = task; b < last; b++) {
        int from = starts[b];
        int to = starts[b + 1];
        int size = to - from;
        if (size > limit) {
          skippedPairs.addAndGet((long) size * (size - 1) / 2);
          continue;
        }
        long block = sorted[from] >>> INDEX_BITS;
        for (int x = from; x < to; x++) {
          int i = (int) (sorted[x] & INDEX_MASK);
          for (int y = x + 1; y < to; y++) {
            int j = (int) (sorted[y] & INDEX_MASK);
            if (i == j) {
              continue;
            }
            long[] mine = single[rule];
            boolean shared =
                mine != null
                    ? mine[i] == mine[j]
                    : smallestShared(t, current, i, j, ka, kb) == block;
            if (shared && !madeEarlier(t, i, j, rule, single, ka, kb)) {
              sink.pair(i, j);
            }
          }
        }
      }
    }
  }

  private boolean madeEarlier(
      RecordTable t, int i, int j, int rule, long[][] single, long[] ka, long[] kb) {
    for (int r = 0; r < rule; r++) {
      long[] keys = single[r];
      if (keys != null) {
        if (keys[i] != NO_KEY && keys[i] == keys[j]) {
          return true;
        }
      } else if (smallestShared(t, rules.get(r), i, j, ka, kb) != NOT_SHARED) {
        return true;
      }
    }
    return false;
  }

  /** Keys hashed to 42 bits with the row in the low 22, sorted: equal keys end up together. */
  private long[] sortedKeys(RecordTable t, BlockingRule rule) {
    long[] keys = new long[t.size() + 16];
    long[] mine = new long[BlockingRule.MAX_KEYS];
    int count = 0;
    for (int i = 0; i < t.size(); i++) {
      if (!takesPart(i)) {
        continue;
      }
      int n = rule.keys(t, i, mine);
      if (count + n > keys.length) {
        keys = Arrays.copyOf(keys, keys.length * 2);
      }
      for (int k = 0; k < n; k++) {
        keys[count++] = (mix(mine[k]) << INDEX_BITS) | i;
      }
    }
    long[] sorted = Arrays.copyOf(keys, count);
    Arrays.parallelSort(sorted);
    return sorted;
  }

  private static int[] blockStarts(long[] sorted) {
    int[] starts = new int[sorted.length + 1];
    int count = 0;
    for (int x = 0; x < sorted.length; x++) {
      if (x == 0 || (sorted[x] >>> INDEX_BITS) != (sorted[x - 1] >>> INDEX_BITS)) {
        starts[count++] = x;
      }
    }
    starts[count++] = sorted.length;
    return Arrays.copyOf(starts, count);
  }

  /** A 64-bit mix (SplitMix64's finaliser) cut to 42 bits; collisions only merge two blocks. */
  static long mix(long key) {
    long z = key;
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    z = z ^ (z >>> 31);
    return z >>> (64 - 42);
  }
}
