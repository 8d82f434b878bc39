package org.lantern.people.linkage;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lantern.people.search.NameVariants;

/**
 * The linkage benchmark: not part of {@code ./mvnw verify}. Run with {@code ./mvnw -Pbench test}
 * (sizes by {@code -Dbench.sizes=100000,1000000}); it prints a Markdown report and writes it to
 * {@code target/linkage-benchmark.md}.
 */
@Tag("benchmark")
class LinkageBenchmark {

  @Test
  void linkSyntheticPopulations() throws IOException {
    NameVariants variants = new NameVariants();
    int threads = Runtime.getRuntime().availableProcessors();
    StringBuilder report = new StringBuilder();
    report.append(
        "| records | people | encode s | train s | score s | cluster s | total s | records/s |"
            + " candidate pairs | scored pairs/s | scored pairs per CPU-s | CPU s | blocks skipped"
            + " (pairs) | peak heap MB |\n");
    report.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    StringBuilder quality = new StringBuilder();
    quality.append(
        "| records | threshold | weight | precision | recall | F1 | true pairs | missed by"
            + " blocking |\n|---|---|---|---|---|---|---|---|\n");
    for (String size : System.getProperty("bench.sizes", "100000,1000000").split(",")) {
      run(Integer.parseInt(size.strip()), variants, threads, report, quality);
    }
    String incremental =
        Boolean.parseBoolean(System.getProperty("bench.incremental", "true"))
            ? incremental(variants, threads)
            : "";
    String text =
        "Machine: "
            + threads
            + " cores, Java "
            + Runtime.version()
            + ", max heap "
            + Runtime.getRuntime().maxMemory() / (1 << 20)
            + " MB, "
            + System.getProperty("os.name")
            + " "
            + System.getProperty("os.arch")
            + "\n\n"
            + report
            + "\n"
            + quality
            + incremental;
    System.out.println(text);
    Files.writeString(Path.of("target/linkage-benchmark.md"), text);
  }

  private void run(
      int size, NameVariants variants, int threads, StringBuilder report, StringBuilder quality) {
    List<SyntheticPeople.Generated> generated =
        new SyntheticPeople(42, SyntheticPeople.Errors.defaults(), variants).generate(size);
    List<LinkRecord> records = generated.stream().map(SyntheticPeople.Generated::record).toList();
    int[] truth = generated.stream().mapToInt(SyntheticPeople.Generated::person).toArray();
    LinkageThresholds thresholds = LinkageThresholds.defaults();
    System.gc();
    resetPeaks();

    long cpu0 = cpu();
    long t0 = System.nanoTime();
    RecordTable table = RecordTable.of(variants, records);
    long t1 = System.nanoTime();
    Linker linker = new Linker(Blocking.standard(), threads);
    MatchModel model = linker.train(table, 300_000, 300_000, 1);
    long t2 = System.nanoTime();
    long cpu2 = cpu();
    Scorer scorer = new Scorer(table, model);
    Linker.ScoredPairs pairs = linker.link(scorer, thresholds.review());
    long t3 = System.nanoTime();
    long cpuScoring = cpu() - cpu2;
    int[] clusters =
        Clustering.consistentClusters(scorer, pairs, thresholds.link(), thresholds.review());
    long t4 = System.nanoTime();
    int[] transitive = Clustering.clusters(table.size(), pairs, thresholds.link());
    long cpuAll = cpu() - cpu0;
    long peak = peakHeap();

    List<Evaluation> parts =
        linker.blocking().run(table, () -> new Evaluation(scorer, truth), threads);
    Evaluation all = new Evaluation(scorer, truth);
    parts.forEach(all::add);
    long truePairs = Evaluation.truePairs(truth);
    long missed = truePairs - all.blockedTruePairs();
    Evaluation.Score chosen = all.at(thresholds.link(), truePairs);
    Evaluation.Score best = all.best(truePairs);
    Evaluation.Score people = Evaluation.ofClusters(clusters, truth);
    Evaluation.Score chained = Evaluation.ofClusters(transitive, truth);
    long[] twins = relativesMerged(generated, clusters, SyntheticPeople.Relation.TWIN);
    long[] parents = relativesMerged(generated, clusters, SyntheticPeople.Relation.PARENT);
    long[] twinsChained = relativesMerged(generated, transitive, SyntheticPeople.Relation.TWIN);

    report.append(
        String.format(
            "| %,d | %,d | %.1f | %.1f | %.1f | %.1f | %.1f | %,.0f | %,d | %,.0f | %,.0f | %.1f | %,d"
                + " | %,d |%n",
            size,
            java.util.Arrays.stream(truth).distinct().count(),
            s(t1 - t0),
            s(t2 - t1),
            s(t3 - t2),
            s(t4 - t3),
            s(t4 - t0),
            size / s(t4 - t0),
            pairs.scored(),
            pairs.scored() / s(t3 - t2),
            pairs.scored() / s(cpuScoring),
            s(cpuAll),
            linker.blocking().skippedPairs(),
            peak / (1 << 20)));
    boolean[] decided = Clustering.decide(scorer, pairs, thresholds.link(), thresholds.review());
    long decidedTrue = 0;
    long decidedWrong = 0;
    for (int k = 0; k < pairs.size(); k++) {
      if (decided[k]) {
        if (truth[pairs.a(k)] == truth[pairs.b(k)]) {
          decidedTrue++;
        } else {
          decidedWrong++;
        }
      }
    }
    Evaluation.Score linkedPairs =
        new Evaluation.Score(thresholds.link(), decidedTrue, decidedWrong, truePairs - decidedTrue);
    row(quality, size, "chosen (pairs)", chosen, truePairs, missed);
    row(quality, size, "chosen, ambiguous left for review (pairs)", linkedPairs, truePairs, missed);
    row(quality, size, "at 2 (pairs)", all.at(2f, truePairs), truePairs, missed);
    row(quality, size, "at 3 (pairs)", all.at(3f, truePairs), truePairs, missed);
    row(quality, size, "best (pairs)", best, truePairs, missed);
    row(quality, size, "chosen (people, consistent clusters)", people, truePairs, missed);
    row(quality, size, "chosen (people, transitive closure, before)", chained, truePairs, missed);
    quality.append(
        String.format(
            "%n(%,d records) lambda %.5f, prior weight %.2f; recall lost to blocking %.4f (%,d of"
                + " %,d true pairs never proposed); twin pairs (of %,d) in one person: %,d"
                + " (transitive closure: %,d); parent-child pairs (of %,d) in one person: %,d%n%n",
            size,
            model.lambda(),
            model.priorWeight(),
            missed / (double) Math.max(1, truePairs),
            missed,
            truePairs,
            twins[1],
            twins[0],
            twinsChained[0],
            parents[1],
            parents[0]));
    quality.append(
        "Commonest wrong links at the link threshold (pairs, by comparison vector):\n\n");
    quality.append(all.commonFalseLinks(12)).append('\n');
    quality.append("m and u learnt (level: m / u):\n\n");
    for (Comparison c : Comparison.ALL) {
      StringBuilder line = new StringBuilder("- " + c + ":");
      for (int l = 1; l < c.levelCount(); l++) {
        line.append(
            String.format(" %s %.4f / %.6f;", c.levels().get(l), model.m(c, l), model.u(c, l)));
      }
      quality.append(line).append('\n');
    }
    quality.append('\n');
  }

  /**
   * Of the pairs of related people (twins, or a parent and child) in the population, how many ended
   * up with a record of each in one cluster, and how many there are: {merged, all}.
   */
  private static long[] relativesMerged(
      List<SyntheticPeople.Generated> generated, int[] clusters, SyntheticPeople.Relation kind) {
    java.util.Map<Integer, java.util.Set<Integer>> clustersOf = new java.util.HashMap<>();
    for (int i = 0; i < generated.size(); i++) {
      clustersOf
          .computeIfAbsent(generated.get(i).person(), k -> new java.util.HashSet<>())
          .add(clusters[i]);
    }
    java.util.Set<Long> all = new java.util.HashSet<>();
    java.util.Set<Long> merged = new java.util.HashSet<>();
    for (SyntheticPeople.Generated g : generated) {
      if (g.relation() != kind) {
        continue;
      }
      long pair = ((long) g.relative() << 32) | g.person();
      all.add(pair);
      var mine = clustersOf.get(g.person());
      var theirs = clustersOf.getOrDefault(g.relative(), java.util.Set.of());
      if (mine.stream().anyMatch(theirs::contains)) {
        merged.add(pair);
      }
    }
    return new long[] {merged.size(), all.size()};
  }

  /**
   * Linking batches of new records against an existing index of a million, as imports do: the
   * million encoded, its model trained and its candidate index built once (reported, not counted in
   * the batches), then each batch added to the table and the index and linked record by record, one
   * thread, the batch's own records linked among themselves too.
   */
  private String incremental(NameVariants variants, int threads) {
    int base = Integer.getInteger("bench.base", 1_000_000);
    int[] batches = {10_000, 100_000};
    List<SyntheticPeople.Generated> generated =
        new SyntheticPeople(43, SyntheticPeople.Errors.defaults(), variants)
            .generate(base + batches[0] + batches[1]);
    int[] truth = generated.stream().mapToInt(SyntheticPeople.Generated::person).toArray();
    LinkageThresholds thresholds = LinkageThresholds.defaults();
    System.gc();
    long b0 = System.nanoTime();
    long c0 = cpu();
    RecordTable table = new RecordTable(variants, generated.size());
    for (int i = 0; i < base; i++) {
      table.add(generated.get(i).record());
    }
    table.resolve();
    MatchModel model = new Linker(Blocking.standard(), threads).train(table, 300_000, 300_000, 1);
    Scorer scorer = new Scorer(table, model);
    long b1 = System.nanoTime();
    CandidateIndex index = new CandidateIndex(table, Blocking.standard().rules());
    long b2 = System.nanoTime();
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            "%nLinking batches against an existing index of %,d records (encoded and trained in"
                + " %.1f s, candidate index built in %.1f s, %.1f CPU s; both once, not in the"
                + " batches):%n%n| new records | wall s | CPU s | records/s | candidate pairs |"
                + " scored pairs/s | precision | recall | F1 | true pairs |%n"
                + "|---|---|---|---|---|---|---|---|---|---|%n",
            base, s(b1 - b0), s(b2 - b1), s(cpu() - c0)));
    int from = base;
    for (int batch : batches) {
      long t0 = System.nanoTime();
      long cpu0 = cpu();
      int to = from + batch;
      for (int i = from; i < to; i++) {
        table.add(generated.get(i).record());
      }
      table.resolve();
      scorer.refresh();
      long scored = 0;
      long tp = 0;
      long fp = 0;
      for (int i = from; i < to; i++) {
        index.add(i);
        for (int j : index.candidatesOf(i)) {
          scored++;
          int pattern = scorer.pattern(i, j);
          if (scorer.weightOf(i, j, pattern) >= thresholds.link()
              && !scorer.needsReview(i, j, pattern)) {
            if (truth[i] == truth[j]) {
              tp++;
            } else {
              fp++;
            }
          }
        }
      }
      long t1 = System.nanoTime();
      long cpu1 = cpu();
      long truePairs = truePairsInvolving(truth, from, to);
      double precision = tp / (double) Math.max(1, tp + fp);
      double recall = tp / (double) Math.max(1, truePairs);
      out.append(
          String.format(
              "| %,d | %.1f | %.1f | %,.0f | %,d | %,.0f | %.4f | %.4f | %.4f | %,d |%n",
              batch,
              s(t1 - t0),
              s(cpu1 - cpu0),
              batch / s(t1 - t0),
              scored,
              scored / s(t1 - t0),
              precision,
              recall,
              2 * precision * recall / Math.max(1e-9, precision + recall),
              truePairs));
      from = to;
    }
    return out.toString();
  }

  /** True pairs with at least one record in [from, to), the other before {@code to}. */
  private static long truePairsInvolving(int[] truth, int from, int to) {
    java.util.Map<Integer, Integer> seen = new java.util.HashMap<>();
    for (int i = 0; i < from; i++) {
      seen.merge(truth[i], 1, Integer::sum);
    }
    long pairs = 0;
    for (int i = from; i < to; i++) {
      pairs += seen.getOrDefault(truth[i], 0);
      seen.merge(truth[i], 1, Integer::sum);
    }
    return pairs;
  }

  private static void row(
      StringBuilder quality,
      int size,
      String which,
      Evaluation.Score score,
      long truePairs,
      long missed) {
    quality.append(
        String.format(
            "| %,d | %s | %s | %.4f | %.4f | %.4f | %,d | %,d |%n",
            size,
            which,
            Float.isNaN(score.threshold()) ? "—" : String.format("%.2f", score.threshold()),
            score.precision(),
            score.recall(),
            score.f1(),
            truePairs,
            missed));
  }

  /** CPU time of the whole process: on a shared machine, wall time alone misleads. */
  private static long cpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static double s(long nanos) {
    return nanos / 1e9;
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
