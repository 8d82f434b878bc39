package org.lantern.people.linkage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lantern.people.search.NameVariants;

/**
 * Why true pairs are missed and wrong ones made, by the generator's error classes: not part of
 * {@code ./mvnw verify}. Run with {@code ./mvnw -Pbench test -Dtest=LinkageMissesBenchmark} ({@code
 * -Dbench.misses.size=100000}); writes {@code target/linkage-misses.md}. Each true pair is put in
 * one class (never proposed by blocking; left for a person as twins, an NHS number clash or dates
 * years apart; below the link threshold; linked), with the error classes of its two records and its
 * comparison vector, so the commonest causes of lost recall can be read off.
 */
@Tag("benchmark")
class LinkageMissesBenchmark {

  @Test
  void whyTruePairsAreMissed() throws IOException {
    int size = Integer.getInteger("bench.misses.size", 100_000);
    int top = Integer.getInteger("bench.misses.top", 25);
    NameVariants variants = new NameVariants();
    int threads = Runtime.getRuntime().availableProcessors();
    List<SyntheticPeople.Generated> generated =
        new SyntheticPeople(42, SyntheticPeople.Errors.defaults(), variants).generate(size);
    List<LinkRecord> records = generated.stream().map(SyntheticPeople.Generated::record).toList();
    int[] truth = generated.stream().mapToInt(SyntheticPeople.Generated::person).toArray();
    LinkageThresholds thresholds = LinkageThresholds.defaults();
    RecordTable table = RecordTable.of(variants, records);
    Linker linker = new Linker(Blocking.standard(), threads);
    MatchModel model = linker.train(table, 300_000, 300_000, 1);
    Scorer scorer = new Scorer(table, model);
    Linker.ScoredPairs pairs = linker.link(scorer, thresholds.review());
    int[] clusters =
        Clustering.consistentClusters(scorer, pairs, thresholds.link(), thresholds.review());

    boolean[] decided = Clustering.decide(scorer, pairs, thresholds.link(), thresholds.review());
    Set<Long> ambiguous = new HashSet<>();
    for (int k = 0; k < pairs.size(); k++) {
      if (pairs.weight(k) >= thresholds.link() && !pairs.needsReview(k) && !decided[k]) {
        ambiguous.add(Evaluation.key(pairs.a(k), pairs.b(k)));
      }
    }
    Set<Long> blocked = Evaluation.proposedTruePairs(linker, table, truth, threads);

    Map<Integer, List<Integer>> rowsOf = new HashMap<>();
    for (int i = 0; i < truth.length; i++) {
      rowsOf.computeIfAbsent(truth[i], k -> new ArrayList<>()).add(i);
    }
    Map<String, Long> byClass = new HashMap<>();
    Map<String, Map<String, Long>> byKind = new HashMap<>();
    Map<String, Map<String, Long>> errorsByClass = new HashMap<>();
    Map<String, Map<String, Long>> vectorsByClass = new HashMap<>();
    long truePairs = 0;
    long apartInPeople = 0;
    Map<String, Long> twinsFamilyDifferent = new HashMap<>();
    List<String> samples = new ArrayList<>();
    Map<String, Long> parentChildWrong = new HashMap<>();
    Map<String, Long> wrongDisagreeing = new HashMap<>();
    List<String> wrongSamples = new ArrayList<>();
    Map<String, Long> twinsRuleFamilyDifferent = new HashMap<>();
    List<String> parentSamples = new ArrayList<>();
    Map<String, Long> apartErrors = new HashMap<>();
    Map<String, Map<String, Long>> bandsByClass = new HashMap<>();
    Map<String, Map<String, Long>> levelsByClass = new HashMap<>();
    Map<String, List<String>> samplesByClass = new HashMap<>();
    Map<String, Long> inOnePerson = new HashMap<>();
    Map<Integer, Long> heldAsTwinsByPattern = new HashMap<>();
    for (List<Integer> rows : rowsOf.values()) {
      for (int x = 0; x < rows.size(); x++) {
        for (int y = x + 1; y < rows.size(); y++) {
          int a = Math.min(rows.get(x), rows.get(y));
          int b = Math.max(rows.get(x), rows.get(y));
          truePairs++;
          int pattern = scorer.pattern(a, b);
          float w = scorer.weightOf(a, b, pattern);
          String held =
              Evaluation.heldBack(
                  scorer,
                  a,
                  b,
                  pattern,
                  w,
                  blocked.contains(Evaluation.key(a, b)),
                  thresholds.link());
          String kind =
              held != null
                  ? held
                  : ambiguous.contains(Evaluation.key(a, b)) ? "review: ambiguous" : "linked";
          String errors = errorPair(generated.get(a), generated.get(b));
          byClass.merge(kind, 1L, Long::sum);
          int either = generated.get(a).errors() | generated.get(b).errors();
          for (SyntheticPeople.ErrorKind e : SyntheticPeople.ErrorKind.values()) {
            if ((either & (1 << e.ordinal())) != 0) {
              byKind.computeIfAbsent(kind, k -> new HashMap<>()).merge(e.name(), 1L, Long::sum);
            }
          }
          if (kind.equals("review: looks like twins")) {
            heldAsTwinsByPattern.merge(pattern, 1L, Long::sum);
          }
          if (kind.equals("review: looks like twins")
              && Comparison.FAMILY_NAME.levelOf(pattern) == Comparison.FAMILY_NAME.different()) {
            twinsFamilyDifferent.merge(errors, 1L, Long::sum);
            if (samples.size() < top) {
              samples.add(
                  describe(generated.get(a))
                      + "  ~  "
                      + describe(generated.get(b))
                      + "  "
                      + errors);
            }
          }
          if (!kind.equals("linked")) {
            bandsByClass
                .computeIfAbsent(kind, k -> new HashMap<>())
                .merge(band(w, thresholds), 1L, Long::sum);
            levelsByClass
                .computeIfAbsent(kind, k -> new HashMap<>())
                .merge(Evaluation.vector(pattern), 1L, Long::sum);
            if (clusters[a] == clusters[b]) {
              inOnePerson.merge(kind, 1L, Long::sum);
            }
            List<String> classSamples =
                samplesByClass.computeIfAbsent(kind, k -> new ArrayList<>());
            if (classSamples.size() < top
                && (either & (1 << SyntheticPeople.ErrorKind.REPLACED_GIVEN.ordinal())) == 0) {
              classSamples.add(
                  describe(generated.get(a))
                      + "  ~  "
                      + describe(generated.get(b))
                      + String.format(" (%.1f) ", w)
                      + Evaluation.vector(pattern)
                      + "  "
                      + errors);
            }
            errorsByClass.computeIfAbsent(kind, k -> new HashMap<>()).merge(errors, 1L, Long::sum);
            vectorsByClass
                .computeIfAbsent(kind, k -> new HashMap<>())
                .merge(Evaluation.vector(pattern) + String.format(" (%.1f)", w), 1L, Long::sum);
          }
          if (kind.equals("linked") && clusters[a] != clusters[b]) {
            apartInPeople++;
            apartErrors.merge(errors, 1L, Long::sum);
          }
        }
      }
    }

    Map<String, Long> wrongByRelation = new HashMap<>();
    Map<String, Long> wrongVectors = new HashMap<>();
    for (int k = 0; k < pairs.size(); k++) {
      int a = pairs.a(k);
      int b = pairs.b(k);
      if (truth[a] == truth[b] || !decided[k]) {
        continue;
      }
      String relation = relation(generated.get(a), generated.get(b));
      wrongByRelation.merge(relation, 1L, Long::sum);
      int wp = scorer.pattern(a, b);
      String disagree =
          (Comparison.NHS_NUMBER.levelOf(wp) == 2 ? " nhs" : "")
              + (Comparison.OTHER_ID.levelOf(wp) == Comparison.OTHER_ID.different() ? " ref" : "")
              + (Comparison.PUPIL_NUMBER.levelOf(wp) == 2 ? " upn" : "")
              + (Comparison.MIDDLE_NAME.levelOf(wp) == 3 ? " middle" : "");
      wrongDisagreeing.merge(
          relation
              + ", date "
              + Comparison.DATE_OF_BIRTH.levels().get(Comparison.DATE_OF_BIRTH.levelOf(wp))
              + ", disagreeing:"
              + (disagree.isEmpty() ? " none" : disagree),
          1L,
          Long::sum);
      if (!relation.equals("parent and child") && wrongSamples.size() < 2 * top) {
        wrongSamples.add(
            relation
                + ": "
                + describe(generated.get(a))
                + "  ~  "
                + describe(generated.get(b))
                + String.format(" (%.1f) ", pairs.weight(k))
                + Evaluation.vector(wp));
      }
      if (relation.equals("parent and child")) {
        var pa = generated.get(a).relation() == SyntheticPeople.Relation.PARENT ? a : b;
        var ch = pa == a ? b : a;
        LinkRecord p = generated.get(pa).record();
        LinkRecord c = generated.get(ch).record();
        String shape =
            "parent "
                + generated.get(pa).source()
                + (p.dateOfBirth() == null ? " undated" : " dated")
                + (p.nhsNumber() == null ? "" : " nhs")
                + (p.otherIds().isEmpty() ? "" : " ref")
                + " / child "
                + generated.get(ch).source()
                + (c.dateOfBirth() == null ? " undated" : " dated")
                + (c.nhsNumber() == null ? "" : " nhs")
                + (c.upn() == null ? "" : " upn")
                + (c.otherIds().isEmpty() ? "" : " ref");
        parentChildWrong.merge(shape, 1L, Long::sum);
        if (parentSamples.size() < top) {
          parentSamples.add(
              describe(generated.get(pa))
                  + "  ~  "
                  + describe(generated.get(ch))
                  + String.format(" (%.1f)", pairs.weight(k)));
        }
      }
      wrongVectors.merge(
          relation
              + ": "
              + Evaluation.vector(scorer.pattern(a, b))
              + String.format(" (%.1f)", pairs.weight(k)),
          1L,
          Long::sum);
    }
    for (int k = 0; k < pairs.size(); k++) {
      int a = pairs.a(k);
      int b = pairs.b(k);
      int p = scorer.pattern(a, b);
      if (pairs.weight(k) >= thresholds.link()
          && Scorer.looksLikeTwins(p)
          && Comparison.FAMILY_NAME.levelOf(p) == Comparison.FAMILY_NAME.different()) {
        twinsRuleFamilyDifferent.merge(
            truth[a] == truth[b] ? "one person" : relation(generated.get(a), generated.get(b)),
            1L,
            Long::sum);
      }
    }
    Map<String, Long> candidates = new HashMap<>();
    for (int k = 0; k < pairs.size(); k++) {
      if (!decided[k]) {
        continue;
      }
      int a = pairs.a(k);
      int b = pairs.b(k);
      int p = scorer.pattern(a, b);
      String who = truth[a] == truth[b] ? "true" : relation(generated.get(a), generated.get(b));
      for (String rule : candidateRules(table, a, b, p)) {
        candidates.merge(rule + ": " + who, 1L, Long::sum);
      }
    }
    Map<String, Long> wrongInPeople = new HashMap<>();
    List<String> peopleSamples = new ArrayList<>();
    List<String> twinsDirect = new ArrayList<>();
    Set<Long> twinPeople = new HashSet<>();
    Set<Long> parentPeople = new HashSet<>();
    Set<Long> linkedPairs = new HashSet<>();
    for (int k = 0; k < pairs.size(); k++) {
      if (decided[k]) {
        linkedPairs.add(Evaluation.key(pairs.a(k), pairs.b(k)));
      }
    }
    Map<Integer, List<Integer>> byCluster = new HashMap<>();
    for (int i = 0; i < clusters.length; i++) {
      byCluster.computeIfAbsent(clusters[i], k -> new ArrayList<>()).add(i);
    }
    for (List<Integer> rows : byCluster.values()) {
      for (int x = 0; x < rows.size(); x++) {
        for (int y = x + 1; y < rows.size(); y++) {
          int a = rows.get(x);
          int b = rows.get(y);
          if (truth[a] != truth[b]) {
            String relation = relation(generated.get(a), generated.get(b));
            wrongInPeople.merge(relation, 1L, Long::sum);
            long people = Evaluation.key(truth[a], truth[b]);
            if (relation.equals("twins")) {
              twinPeople.add(people);
              if (linkedPairs.contains(Evaluation.key(a, b))) {
                int p = scorer.pattern(a, b);
                twinsDirect.add(
                    describe(generated.get(a))
                        + "  ~  "
                        + describe(generated.get(b))
                        + String.format(" (%.1f) ", scorer.weightOf(a, b, p))
                        + Evaluation.vector(p)
                        + "  "
                        + errorPair(generated.get(a), generated.get(b)));
              }
            } else if (relation.equals("parent and child")) {
              parentPeople.add(people);
            }
            if (!relation.equals("unrelated") && peopleSamples.size() < 2 * top) {
              int p = scorer.pattern(a, b);
              peopleSamples.add(
                  relation
                      + (linkedPairs.contains(Evaluation.key(a, b))
                          ? " (linked directly)"
                          : " (through others)")
                      + ": "
                      + describe(generated.get(a))
                      + "  ~  "
                      + describe(generated.get(b))
                      + String.format(" (%.1f) ", scorer.weightOf(a, b, p))
                      + Evaluation.vector(p));
            }
          }
        }
      }
    }

    StringBuilder out = new StringBuilder();
    long allTrue = truePairs;
    out.append(String.format("%,d records, %,d true pairs%n%n", size, allTrue));
    out.append("True pairs by outcome (pairwise, at the link threshold):\n\n");
    byClass.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .forEach(
            e ->
                out.append(
                    String.format(
                        "- %s: %,d (%.4f)%n",
                        e.getKey(), e.getValue(), e.getValue() / (double) allTrue)));
    out.append(
        String.format(
            "%nLinked pairwise but not in one person (consistent clusters): %,d%n%n",
            apartInPeople));
    for (var kind : errorsByClass.keySet().stream().sorted().toList()) {
      out.append("### ")
          .append(kind)
          .append("\n\nPairs with the error class on either record:\n\n");
      list(out, byKind.get(kind), top);
      out.append("\nBy the records' error classes:\n\n");
      list(out, errorsByClass.get(kind), top);
      out.append("\nBy comparison vector (weight):\n\n");
      list(out, vectorsByClass.get(kind), top);
      out.append("\nBy weight band:\n\n");
      list(out, bandsByClass.get(kind), top);
      out.append(
          String.format(
              "%nIn one person all the same (consistent clusters): %,d%n",
              inOnePerson.getOrDefault(kind, 0L)));
      out.append("\nBy comparison vector, any weight:\n\n");
      list(out, levelsByClass.get(kind), top);
      out.append("\nSamples (no replaced given name):\n\n");
      samplesByClass.get(kind).forEach(x -> out.append("- ").append(x).append('\n'));
      out.append('\n');
    }
    out.append("### Linked pairwise, apart in people\n\n");
    list(out, apartErrors, top);
    out.append("\n### Wrong links (pairwise) by relation\n\n");
    list(out, wrongByRelation, top);
    out.append("\n");
    list(out, wrongVectors, top);
    out.append("\n### Wrong links by relation, date level and identifiers disagreeing\n\n");
    list(out, wrongDisagreeing, top);
    out.append("\n### Wrong links, not parent and child: some\n\n");
    wrongSamples.forEach(x -> out.append("- ").append(x).append('\n'));
    out.append(
        "\n### Held as twins with family names different, at or above the link threshold\n\n");
    list(out, twinsRuleFamilyDifferent, top);
    twinsCeiling(out, scorer, generated, rowsOf, heldAsTwinsByPattern, allTrue);
    peopleIfTwinsWereKnown(out, scorer, pairs, truth, rowsOf, thresholds);
    out.append("\n### Candidate twins rules: linked pairs each would hold\n\n");
    candidates.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> out.append(String.format("- %s: %,d%n", e.getKey(), e.getValue())));
    out.append("\n### Model weights\n\n");
    for (Comparison c : Comparison.ALL) {
      StringBuilder w = new StringBuilder("- " + c + ":");
      for (int l = 1; l < c.levelCount(); l++) {
        w.append(String.format(" %s %.1f", c.levels().get(l), model.weight(c, l)));
      }
      out.append(w).append('\n');
    }
    out.append("\n### Wrong links, parent and child: which records\n\n");
    list(out, parentChildWrong, top);
    out.append('\n');
    parentSamples.forEach(x -> out.append("- ").append(x).append('\n'));
    out.append("\n### Left as twins with family names different\n\n");
    list(out, twinsFamilyDifferent, top);
    out.append('\n');
    samples.forEach(x -> out.append("- ").append(x).append('\n'));
    out.append("\n### Wrong pairs inside people, by relation\n\n");
    list(out, wrongInPeople, top);
    out.append("\n### Twins and parents inside people: some\n\n");
    peopleSamples.forEach(x -> out.append("- ").append(x).append('\n'));
    out.append("\n### Twins in one person: every pair of their records linked directly\n\n");
    twinsDirect.stream().sorted().forEach(x -> out.append("- ").append(x).append('\n'));
    out.append("\n### Twins in one person: their records, by person (cluster in brackets)\n\n");
    for (long people : twinPeople) {
      for (int person : new int[] {(int) (people >>> 32), (int) people}) {
        for (int row : rowsOf.get(person)) {
          out.append(
              String.format("- %d [%d] %s%n", person, clusters[row], describe(generated.get(row))));
        }
      }
      out.append('\n');
    }
    long linkedTrue = byClass.getOrDefault("linked", 0L);
    long linkedWrong = wrongByRelation.values().stream().mapToLong(Long::longValue).sum();
    Evaluation.Score pairwise =
        new Evaluation.Score(thresholds.link(), linkedTrue, linkedWrong, allTrue - linkedTrue);
    Evaluation.Score people = Evaluation.ofClusters(clusters, truth);
    out.insert(
        0,
        String.format(
            "pairs: P %.4f R %.4f F1 %.4f; people: P %.4f R %.4f F1 %.4f; candidate pairs %,d;"
                + " twin pairs in one person %,d, parent-child pairs in one person %,d%n%n",
            pairwise.precision(),
            pairwise.recall(),
            pairwise.f1(),
            people.precision(),
            people.recall(),
            people.f1(),
            pairs.scored(),
            twinPeople.size(),
            parentPeople.size()));
    System.out.println(out);
    Files.writeString(
        Path.of(System.getProperty("bench.misses.out", "target/linkage-misses.md")),
        out.toString());
  }

  /**
   * The people-level score if an oracle released every true pair held only because it looks like
   * twins (and nothing else: no identifier clash, years apart, siblings or disagreeing
   * identifiers), with every other rule as it is: the most the twins rule lets any engine reach on
   * this mix, since no rule on the records can tell those pairs from twins' own.
   */
  private static void peopleIfTwinsWereKnown(
      StringBuilder out,
      Scorer scorer,
      Linker.ScoredPairs pairs,
      int[] truth,
      Map<Integer, List<Integer>> rowsOf,
      LinkageThresholds thresholds) {
    Linker.ScoredPairs released =
        pairs.releasing(
            k -> {
              int i = pairs.a(k);
              int j = pairs.b(k);
              int p = scorer.pattern(i, j);
              return truth[i] == truth[j]
                  && Scorer.looksLikeTwins(p)
                  && !Scorer.identifierClash(p)
                  && !scorer.yearsApart(i, j, p)
                  && !scorer.siblings(i, j, p)
                  && !Scorer.identifiersDisagree(p);
            });
    int[] clusters =
        Clustering.consistentClusters(scorer, released, thresholds.link(), thresholds.review());
    Evaluation.Score people = Evaluation.ofClusters(clusters, truth);
    out.append("\n### People if every true pair held as twins were known to be one child\n\n");
    out.append(
        String.format(
            "- people: P %.4f R %.4f F1 %.4f (an oracle for the twins rule, every other rule as"
                + " it is)%n",
            people.precision(), people.recall(), people.f1()));
    // the other way round: a perfect engine that links every true pair except those that look
    // like twins, directly or through the child's other records
    int[] parent = new int[truth.length];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (List<Integer> rows : rowsOf.values()) {
      for (int x = 0; x < rows.size(); x++) {
        for (int y = x + 1; y < rows.size(); y++) {
          int i = rows.get(x);
          int j = rows.get(y);
          if (!Scorer.looksLikeTwins(scorer.pattern(i, j))) {
            parent[Clustering.find(parent, i)] = Clustering.find(parent, j);
          }
        }
      }
    }
    for (int i = 0; i < parent.length; i++) {
      parent[i] = Clustering.find(parent, i);
    }
    Evaluation.Score perfect = Evaluation.ofClusters(parent, truth);
    out.append(
        String.format(
            "- people: P %.4f R %.4f F1 %.4f (a perfect engine that links every true pair but"
                + " those that look like twins: the ceiling of the twins rule)%n",
            perfect.precision(), perfect.recall(), perfect.f1()));
  }

  /**
   * What any rule on the comparison vector could recover of the true pairs held as twins: for each
   * vector they show, how many pairs of two twins' records show it too. Linking a vector gains its
   * true pairs and merges its twins' pairs; a vector no twins show is free.
   */
  private static void twinsCeiling(
      StringBuilder out,
      Scorer scorer,
      List<SyntheticPeople.Generated> generated,
      Map<Integer, List<Integer>> rowsOf,
      Map<Integer, Long> heldAsTwinsByPattern,
      long allTrue) {
    Map<Integer, Long> twinsByPattern = new HashMap<>();
    Set<Integer> twins = new HashSet<>();
    for (SyntheticPeople.Generated g : generated) {
      if (g.relation() == SyntheticPeople.Relation.TWIN && twins.add(g.person())) {
        for (int x : rowsOf.get(g.person())) {
          for (int y : rowsOf.getOrDefault(g.relative(), List.of())) {
            int p = scorer.pattern(Math.min(x, y), Math.max(x, y));
            if (Scorer.looksLikeTwins(p)) {
              twinsByPattern.merge(p, 1L, Long::sum);
            }
          }
        }
      }
    }
    long held = 0;
    long free = 0;
    long moreTrue = 0;
    long moreTrueTwins = 0;
    for (var e : heldAsTwinsByPattern.entrySet()) {
      long t = twinsByPattern.getOrDefault(e.getKey(), 0L);
      held += e.getValue();
      if (t == 0) {
        free += e.getValue();
      } else if (e.getValue() > t) {
        moreTrue += e.getValue();
        moreTrueTwins += t;
      }
    }
    long twinPairsHeld = twinsByPattern.values().stream().mapToLong(Long::longValue).sum();
    out.append("\n### Held as twins: what the comparison vector can tell apart\n\n");
    out.append(
        String.format(
            "- true pairs held as twins: %,d (%.4f of true pairs); twins' pairs the rule holds:"
                + " %,d%n- on vectors no twins' pair shows: %,d true pairs (%.4f)%n- on vectors"
                + " with more true pairs than twins' pairs: %,d true pairs, %,d twins' pairs%n-"
                + " on vectors twins' pairs show at least as often: %,d true pairs%n",
            held,
            held / (double) allTrue,
            twinPairsHeld,
            free,
            free / (double) allTrue,
            moreTrue,
            moreTrueTwins,
            held - free - moreTrue));
  }

  private static List<String> candidateRules(RecordTable t, int a, int b, int p) {
    List<String> rules = new ArrayList<>();
    int g = Comparison.GIVEN_NAME.levelOf(p);
    var levels = Comparison.GIVEN_NAME.levels();
    int otherId = Comparison.OTHER_ID.levelOf(p);
    boolean nothingJoins =
        Comparison.DATE_OF_BIRTH.levelOf(p) < 5
            && Comparison.MIDDLE_NAME.levelOf(p) != 1
            && otherId != 1
            && otherId != 2
            && Comparison.PUPIL_NUMBER.levelOf(p) != 1
            && Comparison.NHS_NUMBER.levelOf(p) != 1;
    boolean home =
        Comparison.ADDRESS.levelOf(p) == 1
            || Comparison.ADDRESS.levelOf(p) == 2
            || Comparison.POSTCODE.levelOf(p) == 1;
    if (otherId == Comparison.OTHER_ID.different()) {
      rules.add("A other ids differ");
    }
    if (!nothingJoins) {
      return rules;
    }
    boolean bothNames = t.names.firstName(t.given[a]) && t.names.firstName(t.given[b]);
    if ((g == levels.indexOf("PHONETIC")
            || g == levels.indexOf("SIMILAR")
            || g == levels.indexOf("SOMEWHAT_SIMILAR"))
        && bothNames) {
      rules.add("D sound or slip, both first names" + (home ? ", home" : ""));
      if (t.names.commonFirstName(t.given[a]) && t.names.commonFirstName(t.given[b])) {
        rules.add("D' sound or slip, both common first names" + (home ? ", home" : ""));
      }
    }
    if (g == levels.indexOf("SWAPPED") && (t.middle[a] < 0 || t.middle[b] < 0)) {
      rules.add("E swapped, one middle missing" + (home ? ", home" : ""));
    }
    if (g == levels.indexOf("NICKNAME")) {
      rules.add("F nickname" + (home ? ", home" : ""));
    }
    return rules;
  }

  private static void list(StringBuilder out, Map<String, Long> counts, int top) {
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(top)
        .forEach(e -> out.append(String.format("- %,d: %s%n", e.getValue(), e.getKey())));
  }

  private static String band(float w, LinkageThresholds thresholds) {
    if (w >= thresholds.link()) {
      return "at or above the link threshold";
    }
    if (w >= 0) {
      return "0 to the link threshold";
    }
    if (w >= thresholds.review()) {
      return "review threshold to 0";
    }
    return "below the review threshold";
  }

  private static String relation(SyntheticPeople.Generated a, SyntheticPeople.Generated b) {
    if (a.relation() == SyntheticPeople.Relation.TWIN && a.relative() == b.person()
        || b.relation() == SyntheticPeople.Relation.TWIN && b.relative() == a.person()) {
      return "twins";
    }
    if (a.relation() == SyntheticPeople.Relation.PARENT && a.relative() == b.person()
        || b.relation() == SyntheticPeople.Relation.PARENT && b.relative() == a.person()) {
      return "parent and child";
    }
    return "unrelated";
  }

  private static String errorPair(SyntheticPeople.Generated a, SyntheticPeople.Generated b) {
    String x = a.errorNames();
    String y = b.errorNames();
    return x.compareTo(y) <= 0 ? x + " | " + y : y + " | " + x;
  }

  private static String describe(SyntheticPeople.Generated g) {
    LinkRecord r = g.record();
    return g.source()
        + ":"
        + r.givenName()
        + (r.middleNames() == null ? "" : " (" + r.middleNames() + ")")
        + " "
        + r.familyName()
        + (r.previousFamilyNames().isEmpty() ? "" : " née " + r.previousFamilyNames())
        + " "
        + r.dateOfBirth()
        + " "
        + r.sex()
        + " "
        + r.postcode()
        + " ["
        + r.addressLines()
        + "]"
        + (r.nhsNumber() == null ? "" : " nhs")
        + (r.upn() == null ? "" : " upn")
        + (r.otherIds().isEmpty() ? "" : " " + r.otherIds().get(0).value());
  }
}
