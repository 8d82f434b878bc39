package org.lantern.people.linkage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lantern.people.search.NameVariants;

/**
 * What each blocking rule costs and finds, without scoring: the pairs its blocks hold, the true
 * pairs it proposes, and those no other rule proposes (what dropping it would lose). Run with
 * {@code ./mvnw -Pbench test -Dtest=BlockingBenchmark -Dbench.sizes=1000000}.
 */
@Tag("benchmark")
class BlockingBenchmark {

  @Test
  void costAndYieldOfEachRule() {
    NameVariants variants = new NameVariants();
    for (String size : System.getProperty("bench.sizes", "1000000").split(",")) {
      int n = Integer.parseInt(size.strip());
      List<SyntheticPeople.Generated> generated =
          new SyntheticPeople(42, SyntheticPeople.Errors.defaults(), variants).generate(n);
      RecordTable table =
          RecordTable.of(
              variants, generated.stream().map(SyntheticPeople.Generated::record).toList());
      int[] truth = generated.stream().mapToInt(SyntheticPeople.Generated::person).toArray();
      List<BlockingRule> rules = Blocking.standard().rules();
      List<int[]> truePairs = truePairs(truth);
      long[] found = new long[rules.size()];
      long[] only = new long[rules.size()];
      long missed = 0;
      long[] ka = new long[BlockingRule.MAX_KEYS];
      long[] kb = new long[BlockingRule.MAX_KEYS];
      for (int[] pair : truePairs) {
        int count = 0;
        int last = -1;
        for (int r = 0; r < rules.size(); r++) {
          if (shares(table, rules.get(r), pair[0], pair[1], ka, kb)) {
            found[r]++;
            count++;
            last = r;
          }
        }
        if (count == 0) {
          missed++;
          if (Boolean.getBoolean("bench.showMissed") && missed % 100 == 1) {
            System.out.println(
                "MISSED "
                    + generated.get(pair[0]).record()
                    + "\n   vs "
                    + generated.get(pair[1]).record());
          }
        } else if (count == 1) {
          only[last]++;
        }
      }
      StringBuilder out = new StringBuilder();
      out.append(
          String.format(
              "%n%,d records, %,d true pairs, %,d missed by every rule%n",
              n, truePairs.size(), missed));
      out.append("| rule | pairs in blocks | largest block | true pairs | only this rule |\n");
      for (int r = 0; r < rules.size(); r++) {
        long[] cost = blockPairs(table, rules.get(r));
        out.append(
            String.format(
                "| %s | %,d | %,d | %,d | %,d |%n",
                rules.get(r), cost[0], cost[1], found[r], only[r]));
      }
      System.out.println(out);
    }
  }

  private static boolean shares(
      RecordTable t, BlockingRule rule, int a, int b, long[] ka, long[] kb) {
    int na = rule.keys(t, a, ka);
    int nb = rule.keys(t, b, kb);
    for (int x = 0; x < na; x++) {
      for (int y = 0; y < nb; y++) {
        if (ka[x] == kb[y]) {
          return true;
        }
      }
    }
    return false;
  }

  /** Pairs within blocks (a record with several keys counted in each), and the largest block. */
  private static long[] blockPairs(RecordTable t, BlockingRule rule) {
    long[] keys = new long[t.size() * 2];
    long[] mine = new long[BlockingRule.MAX_KEYS];
    int count = 0;
    for (int i = 0; i < t.size(); i++) {
      int k = rule.keys(t, i, mine);
      if (count + k > keys.length) {
        keys = Arrays.copyOf(keys, keys.length * 2);
      }
      for (int x = 0; x < k; x++) {
        keys[count++] = mine[x];
      }
    }
    long[] sorted = Arrays.copyOf(keys, count);
    Arrays.parallelSort(sorted);
    long pairs = 0;
    long largest = 0;
    int run = 1;
    for (int i = 1; i <= sorted.length; i++) {
      if (i < sorted.length && sorted[i] == sorted[i - 1]) {
        run++;
      } else {
        pairs += (long) run * (run - 1) / 2;
        largest = Math.max(largest, run);
        run = 1;
      }
    }
    return new long[] {pairs, largest};
  }

  private static List<int[]> truePairs(int[] truth) {
    Integer[] order = new Integer[truth.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (x, y) -> Integer.compare(truth[x], truth[y]));
    List<int[]> pairs = new ArrayList<>();
    int from = 0;
    for (int i = 1; i <= order.length; i++) {
      if (i == order.length || truth[order[i]] != truth[order[from]]) {
        for (int a = from; a < i; a++) {
          for (int b = a + 1; b < i; b++) {
            pairs.add(new int[] {order[a], order[b]});
          }
        }
        from = i;
      }
    }
    return pairs;
  }
}
