package org.lantern.people.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class LinkerTests {

  @Test
  void aSlipOnANicknameNeverWeighsMoreThanTheNicknameItself() {
    MatchModel model = MatchModel.standard(10_000);
    double[][] m = {model.m[0].clone()};
    double[][] u = {model.u[0].clone()};
    int slip = Comparison.GIVEN_NAME.levels().indexOf("NICKNAME_SLIP");
    int nickname = Comparison.GIVEN_NAME.levels().indexOf("NICKNAME");
    int different = Comparison.GIVEN_NAME.different();
    // random pairs almost never show the level: u at the estimate's floor
    u[0][slip] = 1e-6;
    double sum = Arrays.stream(u[0]).sum();

    Linker.nicknameSlipNoHeavierThanNickname(m, u);

    assertThat(m[0][slip] / u[0][slip]).isCloseTo(m[0][nickname] / u[0][nickname], within(1e-6));
    assertThat(Arrays.stream(u[0]).sum()).isCloseTo(sum, within(1e-12));
    assertThat(u[0][different]).isLessThan(model.u[0][different]);
  }

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

    int[] chained = Clustering.clusters(table.size(), pairs, thresholds.link());
    int[] consistent =
        Clustering.consistentClusters(scorer, pairs, thresholds.link(), thresholds.review());

    assertThat(chained).containsExactly(0, 0, 0);
    assertThat(consistent).containsExactly(0, 0, 2);
  }

  @Test
  void aDatelessRecordMatchingBothADaughterAndHerMotherOfOneNameIsLinkedToNeither() {
    RecordTable table =
        ComparerTests.table(
            record("Sarah", LocalDate.of(2010, 6, 1), null),
            record("Sarah", null, null),
            record("Sarah", LocalDate.of(1984, 2, 9), null));
    Scorer scorer = new Scorer(table, MatchModel.standard(1_000));
    LinkageThresholds thresholds = LinkageThresholds.defaults();
    Linker.ScoredPairs pairs = new Linker(Blocking.standard(), 1).link(scorer, thresholds.review());

    boolean[] decided = Clustering.decide(scorer, pairs, thresholds.link(), thresholds.review());
    int[] consistent =
        Clustering.consistentClusters(scorer, pairs, thresholds.link(), thresholds.review());

    // both pairs of the dateless record weigh enough, but it is either of two people
    for (int k = 0; k < pairs.size(); k++) {
      if (pairs.a(k) == 1 || pairs.b(k) == 1) {
        assertThat(pairs.weight(k)).isGreaterThan(thresholds.link());
        assertThat(decided[k]).isFalse();
      }
    }
    assertThat(consistent).containsExactly(0, 1, 2);
  }

  @Test
  void aDatelessRecordMatchingAChildFarBetterThanItsParentIsStillLinkedToNeither() {
    RecordTable table =
        ComparerTests.table(
            // 0: the child, with the address; 1: a record with no date and the same address; 2:
            // the parent of one name, born years before, with no address: the dateless record
            // weighs far more with one than the other, but only names and place join it to either
            atHome("Sarah", null, LocalDate.of(2010, 6, 1), "12 Mill Road"),
            atHome("Sarah", null, null, "12 Mill Road"),
            atHome("Sarah", null, LocalDate.of(1984, 2, 9), null),
            // 3 to 5: the same, but the dateless record shares the child's middle name
            atHome("Amy", "Jane", LocalDate.of(2011, 7, 2), "3 Stone Road"),
            atHome("Amy", "Jane", null, "3 Stone Road"),
            atHome("Amy", null, LocalDate.of(1983, 1, 5), null));
    Scorer scorer = new Scorer(table, MatchModel.standard(1_000));
    LinkageThresholds thresholds = LinkageThresholds.defaults();
    Linker.ScoredPairs pairs = new Linker(Blocking.standard(), 1).link(scorer, thresholds.review());

    boolean[] decided = Clustering.decide(scorer, pairs, thresholds.link(), thresholds.review());
    int[] consistent =
        Clustering.consistentClusters(scorer, pairs, thresholds.link(), thresholds.review());

    int checked = 0;
    for (int k = 0; k < pairs.size(); k++) {
      int a = pairs.a(k);
      int b = pairs.b(k);
      if (a == 0 && b == 1) {
        assertThat(Math.abs(pairs.weight(k) - scorer.weight(1, 2))).isGreaterThan(2f);
        assertThat(decided[k]).isFalse();
        checked++;
      }
      if (a == 3 && b == 4) {
        assertThat(decided[k]).isTrue();
        checked++;
      }
    }
    assertThat(checked).isEqualTo(2);
    assertThat(consistent).containsExactly(0, 1, 2, 3, 3, 5);
  }

  private static LinkRecord atHome(
      String given, @Nullable String middle, @Nullable LocalDate born, @Nullable String lines) {
    return new LinkRecord(
        given,
        middle,
        "Quennell",
        List.of(),
        born,
        "F",
        "ST16 2LH",
        null,
        null,
        lines,
        "Stafford",
        null,
        List.of());
  }

  @Test
  void aRecordUnderAReplacedGivenNameJoinedByItsMiddleNameDoesNotKeepTheChildsOtherRecordsOut() {
    RecordTable table =
        ComparerTests.table(
            // 0: Oliver James; 1: the same child as "Tom James" (a replaced given name), joined to
            // 0
            // by the middle name; 2: Oliver with no middle name, who looks like Tom's twin
            withMiddle("Oliver", "James"), withMiddle("Tom", "James"), withMiddle("Oliver", null));
    Scorer scorer = new Scorer(table, MatchModel.standard(1_000));
    LinkageThresholds thresholds = LinkageThresholds.defaults();
    Linker.ScoredPairs pairs = new Linker(Blocking.standard(), 1).link(scorer, thresholds.review());

    int[] consistent =
        Clustering.consistentClusters(scorer, pairs, thresholds.link(), thresholds.review());

    assertThat(scorer.mayLinkAutomatically(1, 2)).isFalse();
    assertThat(consistent).containsExactly(0, 0, 0);
  }

  /**
   * Twins "Charlie (Sonny)" and "Sonny" Stewart (seventh round of issue 16), each with their own
   * police reference: the record of Sonny without a reference links to both on its own (Charlie's
   * middle name is its given name), but the two references say two children, so Charlie is not
   * joined to Sonny's person. With the references one slip apart (one mistyped), it is one child.
   */
  @Test
  void twoPoliceReferencesKeepTwinsApartThoughEachPairWouldLink() {
    RecordTable twins =
        ComparerTests.table(
            withRef("Charlie", "Sonny", "MP354239"),
            withRef("Sonny", null, "MP612934"),
            withRef("Sonny", null, null));
    RecordTable one =
        ComparerTests.table(
            withRef("Charlie", "Sonny", "MP354239"),
            withRef("Sonny", null, "MP354293"),
            withRef("Sonny", null, null));
    LinkageThresholds thresholds = LinkageThresholds.defaults();

    int[] apart = consistent(new Scorer(twins, MatchModel.standard(1_000)), thresholds);
    int[] together = consistent(new Scorer(one, MatchModel.standard(1_000)), thresholds);

    assertThat(new Scorer(twins, MatchModel.standard(1_000)).weight(0, 2))
        .isGreaterThan(thresholds.link());
    assertThat(apart).containsExactly(0, 1, 1);
    assertThat(together).containsExactly(0, 0, 0);
  }

  /**
   * One child recorded by two forces under two references, with the same name and date of birth (or
   * the names written the wrong way round): the pair is linked, so the person must hold it too.
   * Before, the pair was linked and then refused by its person as two references (one person each
   * on the FEBRL benchmark's pairs whose social security number was replaced). Two records whose
   * given names are one slip apart ("Kaitlin" and "Kaitlyn", twins' names) with two references stay
   * two people.
   */
  @Test
  void twoReferencesWithTheSameNameAndBirthAreOneChildButNotWithASlippedName() {
    LinkageThresholds thresholds = LinkageThresholds.defaults();
    RecordTable sameName =
        ComparerTests.table(withRef("Sonny", null, "MP354239"), withRef("Sonny", null, "WM118822"));
    RecordTable slipped =
        ComparerTests.table(
            withRef("Kaitlin", null, "MP354239"), withRef("Kaitlyn", null, "WM118822"));
    LinkRecord written = withRef("Sonny", null, "WM118822");
    RecordTable swapped =
        ComparerTests.table(
            withRef("Sonny", null, "MP354239"),
            new LinkRecord(
                "Stewart",
                null,
                "Sonny",
                List.of(),
                written.dateOfBirth(),
                "M",
                "ST16 2LH",
                null,
                null,
                "44 Grange Street",
                "Stafford",
                null,
                written.otherIds()),
            // someone else who is called Stewart: half a reversal needs the name as a family name
            withRef("Sonny", null, null));

    assertThat(consistent(new Scorer(sameName, MatchModel.standard(1_000)), thresholds))
        .containsExactly(0, 0);
    assertThat(consistent(new Scorer(swapped, MatchModel.standard(1_000)), thresholds))
        .containsExactly(0, 0, 0);
    Scorer twins = new Scorer(slipped, MatchModel.standard(1_000));
    assertThat(twins.mayLinkAutomatically(0, 1)).isFalse();
    assertThat(Clustering.contradict(twins, 0, 1, thresholds.review())).isTrue();
    assertThat(consistent(twins, thresholds)).containsExactly(0, 1);
  }

  private static int[] consistent(Scorer scorer, LinkageThresholds thresholds) {
    Linker.ScoredPairs pairs = new Linker(Blocking.standard(), 1).link(scorer, thresholds.review());
    return Clustering.consistentClusters(scorer, pairs, thresholds.link(), thresholds.review());
  }

  private static LinkRecord withRef(String given, @Nullable String middle, @Nullable String ref) {
    return new LinkRecord(
        given,
        middle,
        "Stewart",
        List.of(),
        LocalDate.of(2010, 8, 26),
        "M",
        "ST16 2LH",
        null,
        null,
        "44 Grange Street",
        "Stafford",
        null,
        ref == null ? List.of() : List.of(new OtherId("police", ref)));
  }

  /**
   * Twins "Zac" and "Zak" (seventh round of issue 16), nothing to tell them apart but their names,
   * which sound alike: each record of one links to each of the other's on its own, but a name on
   * two records that the other's records never have, on each side, is two children. One child's
   * records with a slip on one of them ("Zak" once against "Zac" twice) are one person; so are a
   * child's records where one swaps the first and middle names ("Evie (Olivia)" against "Olivia"
   * twice: a repeated name on one side only is not enough).
   */
  @Test
  void aNameOnTwoRecordsOnEachSideThatTheOtherNeverHasIsTwoChildren() {
    LinkageThresholds thresholds = LinkageThresholds.defaults();
    Scorer twins =
        new Scorer(
            ComparerTests.table(
                withRef("Zac", null, null),
                withRef("Zac", null, null),
                withRef("Zak", null, null),
                withRef("Zak", null, null)),
            MatchModel.standard(1_000));
    Scorer slip =
        new Scorer(
            ComparerTests.table(
                withRef("Zac", null, null), withRef("Zac", null, null), withRef("Zak", null, null)),
            MatchModel.standard(1_000));
    Scorer swapped =
        new Scorer(
            ComparerTests.table(
                withRef("Olivia", null, null),
                withRef("Olivia", null, null),
                withRef("Evie", "Olivia", null)),
            MatchModel.standard(1_000));

    assertThat(twins.mayLinkAutomatically(0, 2)).isTrue();
    assertThat(twins.weight(0, 2)).isGreaterThan(thresholds.link());
    assertThat(consistent(twins, thresholds)).containsExactly(0, 0, 2, 2);
    assertThat(consistent(slip, thresholds)).containsExactly(0, 0, 0);
    assertThat(consistent(swapped, thresholds)).containsExactly(0, 0, 0);
  }

  static LinkRecord withMiddle(String given, String middle) {
    return new LinkRecord(
        given,
        middle,
        "Quennell",
        List.of(),
        LocalDate.of(2010, 6, 1),
        "M",
        "ST16 2LH",
        null,
        null,
        "12 Mill Road",
        "Stafford",
        null,
        List.of());
  }

  static LinkRecord record(String given, LocalDate born, String nhs) {
    return new LinkRecord(given, null, "Quennell", List.of(), born, "F", "ST16 2LH", nhs, null);
  }
}
