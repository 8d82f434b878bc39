package org.lantern.people.linkage;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of a table by blocking key, for linking a few new records against many existing ones: a
 * record's candidates are the rows sharing any of its keys, found without scanning the table.
 */
public final class CandidateIndex {

  private final RecordTable table;
  private final List<BlockingRule> rules;
  private final List<Map<Long, int[]>> byRule;
  private int[] seen;
  private int stamp;

  public CandidateIndex(RecordTable table, List<BlockingRule> rules) {
    this.table = table;
    this.rules = List.copyOf(rules);
    this.byRule = rules.stream().map(r -> (Map<Long, int[]>) new HashMap<Long, int[]>()).toList();
    this.seen = new int[table.size()];
    long[] keys = new long[BlockingRule.MAX_KEYS];
    for (int i = 0; i < table.size(); i++) {
      for (int r = 0; r < rules.size(); r++) {
        int n = rules.get(r).keys(table, i, keys);
        for (int k = 0; k < n; k++) {
          int row = i;
          byRule.get(r).merge(keys[k], new int[] {row}, CandidateIndex::append);
        }
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
      seen = Arrays.copyOf(seen, table.size());
    }
    stamp++;
    long[] keys = new long[BlockingRule.MAX_KEYS];
    int[] found = new int[16];
    int count = 0;
    for (int r = 0; r < rules.size(); r++) {
      int n = rules.get(r).keys(table, i, keys);
      for (int k = 0; k < n; k++) {
        for (int j : byRule.get(r).getOrDefault(keys[k], new int[0])) {
          if (j != i && seen[j] != stamp) {
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
}
