package org.lantern.people;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lantern.access.CurrentUser;
import org.lantern.access.Role;
import org.lantern.people.linkage.Comparison;
import org.lantern.people.linkage.MatchModel;
import org.lantern.people.personindex.PersonRecordCsv;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The person index on partner files nobody here wrote: every {@code *.csv} in {@code
 * -Dbench.partner.dir} (Lantern's upload columns; the system is the file name before its first "-"
 * or ".", so {@code police-1.csv} and {@code police-2.csv} are one system) is uploaded as a
 * front-door worker uploads it on the upload page — the same CSV reader, rules, set-aside fields,
 * incremental linking and review — one file after another in name order, into a partnership of its
 * own. Then every record's person is written to {@code clusters.csv} in that folder ({@code
 * system,source_id,cluster}) for the set's own evaluation, with what each upload said. Not part of
 * {@code ./mvnw verify}: {@code ./mvnw -Pbench test -Dtest=PartnerFilesBenchmark
 * -Dbench.partner.dir=/that/folder -Dlantern.test.db.url=…}. {@code tools/ukset} makes such a
 * folder (a UK-shaped set built apart from the engine) and scores the {@code clusters.csv}; see
 * docs/linkage.md, ninth round of issue 16.
 */
@Tag("benchmark")
@IntegrationTest
class PartnerFilesBenchmark {

  @Autowired Fixtures fixtures;
  @Autowired PersonIndex index;
  @Autowired JdbcTemplate jdbc;
  @Autowired LinkWeighing weighing;

  @Test
  void uploadEveryFileThenWriteThePeople() throws IOException {
    Path dir = Path.of(System.getProperty("bench.partner.dir", "/tmp/partner-files"));
    Assumptions.assumeTrue(Files.isDirectory(dir), "no folder " + dir);
    List<Path> files;
    try (Stream<Path> listed = Files.list(dir)) {
      files =
          listed
              .filter(f -> f.getFileName().toString().endsWith(".csv"))
              .filter(f -> !isOutput(f.getFileName().toString()))
              .sorted()
              .toList();
    }
    Assumptions.assumeFalse(files.isEmpty(), "no partner files in " + dir);
    TestPartnership p = fixtures.partnership();
    CurrentUser frontDoor = p.user(Role.FRONT_DOOR);
    StringBuilder out =
        new StringBuilder("| file | system | rows | created | set aside | rejected ");
    out.append(
        "| unreadable | linked | for review | ms |\n|---|---|---|---|---|---|---|---|---|---|\n");
    Map<String, Integer> problems = new TreeMap<>();
    for (Path file : files) {
      String name = file.getFileName().toString();
      String system = name.split("[-.]", 2)[0].toLowerCase(Locale.UK);
      PersonRecordCsv.Parsed parsed = PersonRecordCsv.parse(Files.readAllBytes(file));
      long t0 = System.nanoTime();
      PersonIndex.ImportReport report = index.uploadRecords(frontDoor, system, parsed.rows());
      long ms = (System.nanoTime() - t0) / 1_000_000;
      long setAside = 0;
      for (PersonIndex.RowResult r : report.rows()) {
        if (r.outcome() != PersonIndex.Outcome.REJECTED && !r.problems().isEmpty()) {
          setAside++;
        }
        r.problems().forEach(pr -> problems.merge(pr.field() + " " + pr.code(), 1, Integer::sum));
      }
      parsed.unreadable().forEach(u -> problems.merge("unreadable " + u.field(), 1, Integer::sum));
      out.append(
          String.format(
              Locale.UK,
              "| %s | %s | %,d | %,d | %,d | %,d | %,d | %,d | %,d | %,d |%n",
              name,
              system,
              parsed.rows().size(),
              report.count(PersonIndex.Outcome.CREATED),
              setAside,
              report.count(PersonIndex.Outcome.REJECTED),
              parsed.unreadable().size(),
              report.linking().linked(),
              report.linking().forReview(),
              ms));
    }
    out.append("\nProblems (field, code): ").append(problems).append('\n');
    List<String> clusters = new ArrayList<>();
    clusters.add("system,source_id,cluster");
    jdbc.query(
        "select source, source_id, person_id from person_record where partnership_id = ?"
            + " and source <> 'Lantern' order by source, source_id",
        rs -> {
          clusters.add(csv(rs.getString(1)) + "," + csv(rs.getString(2)) + "," + rs.getString(3));
        },
        p.id());
    Integer waiting =
        jdbc.queryForObject(
            "select count(*) from person_link where partnership_id = ? and status = 'REVIEW'",
            Integer.class,
            p.id());
    out.append("Pairs waiting for review: ").append(waiting).append('\n');
    out.append(learnt(weighing.of(p.id()).scorer().model()));
    Files.write(dir.resolve("clusters.csv"), clusters);
    Files.writeString(dir.resolve("upload-report.md"), out.toString());
    System.out.println(out);
  }

  /** What the model learnt from these records: each level's m, u and weight. */
  private static String learnt(MatchModel model) {
    StringBuilder s =
        new StringBuilder("\n| comparison | level | m | u | weight |\n|---|---|---|---|---|\n");
    for (Comparison c : Comparison.ALL) {
      for (int l = 1; l < c.levelCount(); l++) {
        s.append(
            String.format(
                Locale.UK,
                "| %s | %s | %.4f | %.6f | %.2f |%n",
                c,
                c.levels().get(l),
                model.m(c, l),
                model.u(c, l),
                model.weight(c, l)));
      }
    }
    return s.toString();
  }

  private static boolean isOutput(String name) {
    return name.startsWith("clusters") || name.equals("truth.csv") || name.equals("relations.csv");
  }

  private static String csv(String value) {
    return value.contains(",") || value.contains("\"")
        ? "\"" + value.replace("\"", "\"\"") + "\""
        : value;
  }
}
