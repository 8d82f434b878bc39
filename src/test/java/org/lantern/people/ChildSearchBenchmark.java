package org.lantern.people;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lantern.people.linkage.LinkRecord;
import org.lantern.people.linkage.SyntheticPeople;
import org.lantern.people.search.ChildIndex;
import org.lantern.people.search.NameVariants;

/**
 * The front door's search over a large index, timed: not part of {@code ./mvnw verify}. Run with
 * {@code ./mvnw -Pbench test -Dtest=ChildSearchBenchmark} ({@code -Dbench.people=1000000}). One
 * synthetic record per person is indexed as a child; each query is another agency's record of a
 * person (with its typos, nicknames, swapped or missing dates), sometimes cut to a year or a month
 * and year, or to the name alone. Timed: candidate retrieval and ranking by match weight, one query
 * at a time after a warm-up (the database then reads the ten children shown, by id). Also counts
 * how often the person sought comes first, and in the first ten.
 */
@Tag("benchmark")
class ChildSearchBenchmark {

  @Test
  void searchALargeIndex() throws IOException {
    int people = Integer.getInteger("bench.people", 1_000_000);
    int queries = Integer.getInteger("bench.queries", 3_000);
    NameVariants variants = new NameVariants();
    UUID partnership = UUID.randomUUID();
    Path dir = Files.createTempDirectory("lantern-search-bench");
    ChildIndex index = ChildIndex.at(dir, variants);
    ChildRanking ranking = new ChildRanking(variants);
    try {
      // about two records a person: index the first of each person, query with another
      List<SyntheticPeople.Generated> generated =
          new SyntheticPeople(7, SyntheticPeople.Errors.defaults(), variants)
              .generate(people * 2 + 20_000);
      Map<Integer, UUID> childOf = new HashMap<>();
      Map<Integer, List<LinkRecord>> others = new HashMap<>();
      List<ChildSummary> batch = new ArrayList<>();
      long t0 = System.nanoTime();
      for (SyntheticPeople.Generated g : generated) {
        if (childOf.size() < people && !childOf.containsKey(g.person())) {
          UUID id = UUID.randomUUID();
          childOf.put(g.person(), id);
          batch.add(summary(id, partnership, g.record()));
          if (batch.size() == 20_000) {
            index.index(batch);
            batch.clear();
          }
        } else if (childOf.containsKey(g.person())) {
          others.computeIfAbsent(g.person(), k -> new ArrayList<>()).add(g.record());
        }
      }
      index.index(batch);
      index.commit(null);
      double indexSeconds = (System.nanoTime() - t0) / 1e9;
      generated = null;

      List<Integer> sought = new ArrayList<>(others.keySet());
      sought.sort(null);
      SplittableRandom random = new SplittableRandom(11);
      int count = index.count(partnership);
      int warmUp = 500;
      long[] nanos = new long[queries];
      long[] retrieval = new long[queries];
      int first = 0;
      int topTen = 0;
      for (int q = -warmUp; q < queries; q++) {
        int person = sought.get(random.nextInt(sought.size()));
        List<LinkRecord> known = others.get(person);
        ChildQuery query = query(known.get(random.nextInt(known.size())), random);
        long start = System.nanoTime();
        List<ChildIndex.Scored> candidates = index.search(partnership, query, 50);
        long retrieved = System.nanoTime();
        List<ChildRanking.Ranked> ranked = ranking.rank(query, candidates, count);
        long took = System.nanoTime() - start;
        if (q >= 0) {
          nanos[q] = took;
          retrieval[q] = retrieved - start;
          UUID wanted = childOf.get(person);
          for (int k = 0; k < Math.min(10, ranked.size()); k++) {
            if (ranked.get(k).childId().equals(wanted)) {
              first += k == 0 ? 1 : 0;
              topTen++;
            }
          }
        }
      }
      Arrays.sort(nanos);
      Arrays.sort(retrieval);
      String report =
          String.format(
              "Search over %,d children (indexed in %.0f s), %,d queries after %d warm-up,"
                  + " %d cores, Java %s:%n%n| p50 ms | p95 ms | p99 ms | max ms | sought person"
                  + " first | in first ten | retrieval p50 ms | retrieval p95 ms |%n"
                  + "|---|---|---|---|---|---|---|---|%n| %.1f | %.1f | %.1f |"
                  + " %.1f | %.1f %% | %.1f %% | %.1f | %.1f |%n",
              count,
              indexSeconds,
              queries,
              warmUp,
              Runtime.getRuntime().availableProcessors(),
              Runtime.version(),
              ms(nanos, 0.50),
              ms(nanos, 0.95),
              ms(nanos, 0.99),
              nanos[nanos.length - 1] / 1e6,
              100.0 * first / queries,
              100.0 * topTen / queries,
              ms(retrieval, 0.50),
              ms(retrieval, 0.95));
      System.out.println(report);
      Files.writeString(Path.of("target/search-benchmark.md"), report);
    } finally {
      index.close();
    }
  }

  /** What a front-door worker might type, from another agency's record of the person. */
  private static ChildQuery query(LinkRecord r, SplittableRandom random) {
    String name =
        String.join(
            " ",
            Stream.of(r.givenName(), r.familyName())
                .filter(s -> s != null && !s.isBlank())
                .toList());
    LocalDate born = r.dateOfBirth();
    int how = random.nextInt(10);
    if (born == null || how == 0) {
      return new ChildQuery(name, null, null, null, null, null);
    }
    if (how <= 2) {
      return new ChildQuery(name, null, born.getYear(), null, null, null);
    }
    if (how == 3) {
      return new ChildQuery(name, null, born.getYear(), born.getMonthValue(), null, null);
    }
    return new ChildQuery(name, born, null, null, null, null);
  }

  private static ChildSummary summary(UUID id, UUID partnership, LinkRecord r) {
    return new ChildSummary(
        id,
        partnership,
        nonNull(r.givenName()),
        r.middleNames(),
        nonNull(r.familyName()),
        null,
        r.sex() == null ? Sex.NOT_KNOWN : r.sex().startsWith("F") ? Sex.FEMALE : Sex.MALE,
        r.dateOfBirth(),
        r.nhsNumber(),
        r.upn(),
        r.postcode(),
        null);
  }

  private static String nonNull(@Nullable String s) {
    return s == null ? "" : s;
  }

  private static double ms(long[] sorted, double quantile) {
    return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
  }
}
