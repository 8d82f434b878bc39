package org.lantern.people.linkage;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of a table by blocking key, for linking new records against many existing ones: a
 * record's candidates are the rows sharing any of its keys, found without scanning the table. Built
 * once from sorted arrays (a million rows in a few seconds); rows added later go in a small map
 * beside them, so a batch is linked without rebuilding.
 */
public final class CandidateIndex {

  private static final int INDEX_BITS = 22;
  private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;
  private static final int[] NONE = new int[0];

  private final RecordTable table;
  private final List<BlockingRule> rules;

  /** Per rule: hashed key in the high bits, row in the low 22, sorted. */
  private final long[][] sorted;

  /** Per rule: rows added since the build, by (unhashed) key. */
  private final List<Map<Long, int[]>> added;

  private int[] seen;
  private int stamp;

  public CandidateIndex(RecordTable table, List<BlockingRule> rules) {
    if (table.size() > INDEX_MASK) {
      throw new IllegalArgumentException("At most " + INDEX_MASK + " records");
    }
    this.table = table;
    this.rules = List.copyOf(rules);
    this.sorted = new long[rules.size()][];
    this.added = rules.stream().map(r -> (Map<Long, int[]>) new HashMap<Long, int[]>()).toList();
    this.seen = new int[table.size()];
    long[] keys = new long[BlockingRule.MAX_KEYS];
    for (int r = 0; r < rules.size(); r++) {
      long[] all = new long[table.size() + 16];
      int count = 0;
      for (int i = 0; i < table.size(); i++) {
        int n = rules.get(r).keys(table, i, keys);
        if (count + n > all.length) {
          all = Arrays.copyOf(all, all.length * 2);
        }
        for (int k = 0; k < n; k++) {
          all[count++] = (Blocking.mix(keys[k]) << INDEX_BITS) | i;
        }
      }
      // sorted unsigned: flip the sign bit, sort signed, flip back
      long[] keyed = Arrays.copyOf(all, count);
      for (int x = 0; x < count; x++) {
        keyed[x] ^= Long.MIN_VALUE;
      }
      Arrays.parallelSort(keyed);
      for (int x = 0; x < count; x++) {
        keyed[x] ^= Long.MIN_VALUE;
      }
      sorted[r] = keyed;
    }
  }

  /** Makes a row added to the table since the build a candidate for later rows. */
  public void add(int row) {
    if (row > INDEX_MASK) {
      throw new IllegalArgumentException("At most " + INDEX_MASK + " records");
    }
    long[] keys = new long[BlockingRule.MAX_KEYS];
    for (int r = 0; r < rules.size(); r++) {
      int n = rules.get(r).keys(table, row, keys);
      for (int k = 0; k < n; k++) {
        added.get(r).merge(keys[k], new int[] {row}, CandidateIndex::append);
      }
    }
  }

  private static int[] append(int[] rows, int[] one) {
    int[] grown = Arrays.copyOf(rows, rows.length + 1);
    grown[rows.length] = one[0];
    return grown;
  }

  /** Rows other than {@code i} that share a blocking key with it, each once. */
  public int[] candidatesOf(int i) {
    if (seen.length < table.size()) {
      seen = Arrays.copyOf(seen, Math.max(table.size(), seen.length * 2));
    }
    stamp++;
    long[] keys = new long[BlockingRule.MAX_KEYS];
    int[] found = new int[16];
    int count = 0;
    for (int r = 0; r < rules.size(); r++) {
      int n = rules.get(r).keys(table, i, keys);
      for (int k = 0; k < n; k++) {
        long hashed = Blocking.mix(keys[k]);
        long[] s = sorted[r];
        int from = lowerBound(s, hashed << INDEX_BITS);
        int to = from;
        while (to < s.length && (s[to] >>> INDEX_BITS) == hashed) {
          to++;
        }
        int[] later = added.get(r).getOrDefault(keys[k], NONE);
        if ((to - from) + later.length > rules.get(r).maxBlock()) {
          continue;
        }
        for (int x = from; x <= to + later.length - 1; x++) {
          int j = x < to ? (int) (s[x] & INDEX_MASK) : later[x - to];
          if (j != i && seen[j] != stamp && shares(r, i, j, keys[k])) {
            seen[j] = stamp;
            if (count == found.length) {
              found = Arrays.copyOf(found, count * 2);
            }
            found[count++] = j;
          }
        }
      }
    }
    return Arrays.copyOf(found, count);
  }

  /** Whether row j really has the key (not just one hashing alike). */
  private boolean shares(int rule, int i, int j, long key) {
    long[] theirs = new long[BlockingRule.MAX_KEYS];
    int n = rules.get(rule).keys(table, j, theirs);
    for (int k = 0; k < n; k++) {
      if (theirs[k] == key) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first position whose value is at least {@code value}, both read as unsigned (a hashed key
   * shifted up may set the sign bit; the arrays are sorted unsigned).
   */
  private static int lowerBound(long[] a, long value) {
    int lo = 0;
    int hi = a.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (Long.compareUnsigned(a[mid], value) < 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
