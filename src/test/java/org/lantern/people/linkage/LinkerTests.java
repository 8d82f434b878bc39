package org.lantern.people.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinkerTests {

  @Test
  void clustersDoNotChainARecordThatMatchesOneOfAPersonsRecordsButContradictsAnother() {
    RecordTable table =
        ComparerTests.table(
            // 0 and 1: one girl, her NHS number on both
            record("Sarah", LocalDate.of(2010, 6, 1), "9434765919"),
            record("Sarah", null, "9434765919"),
            // 2: her mother of the same name: matches the dateless record, not the dated one
            record("Sarah", LocalDate.of(1984, 2, 9), null));
    Scorer scorer = new Scorer(table, MatchModel.standard(1_000));
    LinkageThresholds thresholds = LinkageThresholds.defaults();
    Linker.ScoredPairs pairs = new Linker(Blocking.standard(), 1).link(scorer, thresholds.review());

    int[] chained = Linker.clusters(table.size(), pairs, thresholds.link());
    int[] consistent =
        Linker.consistentClusters(scorer, pairs, thresholds.link(), thresholds.review());

    assertThat(chained).containsExactly(0, 0, 0);
    assertThat(consistent).containsExactly(0, 0, 2);
  }

  static LinkRecord record(String given, LocalDate born, String nhs) {
    return new LinkRecord(given, null, "Quennell", List.of(), born, "F", "ST16 2LH", nhs, null);
  }
}
