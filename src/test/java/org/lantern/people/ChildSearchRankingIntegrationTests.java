package org.lantern.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.lantern.testing.ChildBuilder.aChild;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.access.Role;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.MutableClock;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The front door's search ranks by the linkage engine's match weight of what was typed against each
 * child, and says how strong each match is. Each case has look-alikes that a plain text search
 * could put first: the ranking must be the engine's.
 */
@IntegrationTest
class ChildSearchRankingIntegrationTests {

  private static final AtomicInteger IDS = new AtomicInteger(760_000);

  private static TestPartnership p;

  @Autowired Fixtures fixtures;
  @Autowired ChildSearch search;
  @Autowired ChildMatching matching;
  @Autowired MutableClock clock;

  @BeforeEach
  void setUp() {
    clock.reset();
    if (p == null) {
      p = fixtures.partnership();
    }
  }

  @Test
  void aTypingSlipStillPutsTheChildFirstAsAStrongMatch() {
    ChildSummary jasmine = child("Jasmine", null, "Whitfield", LocalDate.of(2011, 5, 2), null);
    child("Jasmine", null, "Whitford", LocalDate.of(2012, 9, 14), null);

    List<ChildMatch> found = find("Jazmin Whitfeild", LocalDate.of(2011, 5, 2), null, null);

    assertThat(found.getFirst().child().id()).isEqualTo(jasmine.id());
    assertThat(found.getFirst().strength()).isEqualTo(MatchStrength.STRONG);
    assertThat(found.getFirst().agreeing()).contains("FAMILY_NAME", "DATE_OF_BIRTH");
  }

  @Test
  void aNicknameFindsTheFormalNameAboveAnotherChildWithTheNickname() {
    ChildSummary robert = child("Robert", null, "Kowalski", LocalDate.of(2010, 4, 7), null);
    ChildSummary bobbie = child("Bobbie", null, "Kowalska", LocalDate.of(2013, 1, 20), null);

    List<ChildMatch> found = find("Bobby Kowalski", LocalDate.of(2010, 4, 7), null, null);

    assertThat(ids(found)).containsSubsequence(robert.id(), bobbie.id());
    assertThat(found.getFirst().agreeing()).contains("GIVEN_NAME");
  }

  @Test
  void aKnownAsNameCountsAsTheChildsGivenName() {
    ChildSummary known = child("Maximilian", null, "Okonkwo", LocalDate.of(2012, 2, 2), "Zed");
    child("Zebedee", null, "Okonkwo", LocalDate.of(2009, 6, 6), null);

    List<ChildMatch> found = find("Zed Okonkwo", null, null, null);

    assertThat(found.getFirst().child().id()).isEqualTo(known.id());
  }

  @Test
  void aMiddleNameGivenAsTheFirstNameOutranksAnExactFirstNameWithAFamilyNameSlip() {
    ChildSummary swapped = child("James", "Oliver", "Tranter", LocalDate.of(2010, 10, 1), null);
    ChildSummary slip = child("Oliver", null, "Trantor", LocalDate.of(2008, 3, 3), null);

    List<ChildMatch> found = find("Oliver Tranter", null, null, null);

    assertThat(ids(found)).containsSubsequence(swapped.id(), slip.id());
  }

  @Test
  void namesTheWrongWayRoundAreReadBothWays() {
    ChildSummary amara = child("Amara", null, "Fenwick", LocalDate.of(2011, 7, 7), null);

    List<ChildMatch> found = find("Fenwick Amara", null, null, null);

    assertThat(found.getFirst().child().id()).isEqualTo(amara.id());
    assertThat(found.getFirst().agreeing()).containsExactly("GIVEN_NAME", "FAMILY_NAME");
  }

  @Test
  void aYearOfBirthPutsTheChildBornThatYearFirst() {
    ChildSummary older = child("Isolde", null, "Varga", LocalDate.of(2009, 8, 20), null);
    ChildSummary right = child("Isolde", null, "Varga", LocalDate.of(2011, 3, 5), null);
    ChildSummary younger = child("Isolde", null, "Varga", LocalDate.of(2012, 1, 1), null);

    List<ChildMatch> found = find("Isolde Varga", null, 2011, null);

    assertThat(found.getFirst().child().id()).isEqualTo(right.id());
    assertThat(found.getFirst().agreeing()).contains("DATE_OF_BIRTH");
    assertThat(ids(found)).contains(older.id(), younger.id());
    assertThat(found.get(1).weight()).isLessThan(found.getFirst().weight());
  }

  @Test
  void aMonthAndYearPutsTheChildBornThatMonthAboveTheOneBornLaterThatYear() {
    ChildSummary july = child("Petra", null, "Lindqvist", LocalDate.of(2011, 7, 10), null);
    ChildSummary march = child("Petra", null, "Lindqvist", LocalDate.of(2011, 3, 5), null);
    ChildSummary other = child("Petra", null, "Lindqvist", LocalDate.of(2014, 3, 5), null);

    List<ChildMatch> found = find("Petra Lindqvist", null, 2011, 3);

    assertThat(ids(found)).containsExactly(march.id(), july.id(), other.id());
  }

  @Test
  void aMonthAndYearAloneFindsTheChildrenBornThatMonth() {
    ChildSummary born = child("Quillon", null, "Abernathy", LocalDate.of(2007, 11, 9), null);

    List<ChildMatch> found =
        search.findRanked(
            p.user(Role.FRONT_DOOR),
            new ChildQuery(null, null, 2007, 11, null, null),
            "find a child");

    assertThat(ids(found)).contains(born.id());
    assertThat(found)
        .allMatch(
            m ->
                m.child().dateOfBirth().getYear() == 2007
                    && m.child().dateOfBirth().getMonthValue() == 11);
  }

  @Test
  void dayAndMonthSwappedRanksAboveADateWithTheDayWrong() {
    ChildSummary transposed = child("Wren", null, "Holloway", LocalDate.of(2011, 3, 5), null);
    ChildSummary dayWrong = child("Wren", null, "Holloway", LocalDate.of(2011, 5, 30), null);

    List<ChildMatch> found = find("Wren Holloway", LocalDate.of(2011, 5, 3), null, null);

    assertThat(ids(found)).containsExactly(transposed.id(), dayWrong.id());
  }

  @Test
  void theRankingAndWordsFollowTheMatchWeight() {
    ChildSummary exact = child("Tobias", null, "Marchetti", LocalDate.of(2010, 6, 15), null);
    ChildSummary sameNameOnly = child("Tobias", null, "Marchetti", LocalDate.of(2008, 1, 2), null);
    ChildSummary familyOnly = child("Ursula", null, "Marchetti", LocalDate.of(2015, 12, 1), null);

    List<ChildMatch> found = find("Tobias Marchetti", LocalDate.of(2010, 6, 15), null, null);

    assertThat(ids(found)).containsExactly(exact.id(), sameNameOnly.id(), familyOnly.id());
    assertThat(found)
        .isSortedAccordingTo((a, b) -> Double.compare(b.weight(), a.weight()))
        .extracting(ChildMatch::strength)
        .containsExactly(MatchStrength.STRONG, MatchStrength.POSSIBLE, MatchStrength.WEAK);
    assertThat(found.getFirst().agreeing())
        .containsExactly("GIVEN_NAME", "FAMILY_NAME", "DATE_OF_BIRTH");
    assertThat(found.getLast().agreeing()).containsExactly("FAMILY_NAME");
  }

  @Test
  void aListRowWeighsWhatTheSameSearchWeighsAndSexAndPostcodeAddTheirOwnWeights() {
    int n = IDS.incrementAndGet();
    ChildSummary child =
        fixtures.child(
            p,
            aChild("Delphine", "Okafor-Reyes")
                .knownAs("Del")
                .sex(Sex.FEMALE)
                .born(2011, 3, 5)
                .nhs(Fixtures.nhsNumber(n))
                .upn(Fixtures.upn(n))
                .postcode("ST16 2LH")
                .district(p.districtId())
                .build());
    LocalDate born = LocalDate.of(2011, 3, 5);
    // the whole date (with a typing slip in the family name), a month and year, a year, a
    // known-as name with no date, names the wrong way round: as a list gives them and as typed
    List<ChildMatching.Description> rows =
        List.of(
            new ChildMatching.Description("Delphine", "Okafor-Reyas", born, 2011, 3, null, null),
            new ChildMatching.Description("Delphine", "Okafor-Reyes", null, 2011, 3, null, null),
            new ChildMatching.Description("Delfine", "Okafor-Reyes", null, 2011, null, null, null),
            new ChildMatching.Description("Del", "Okafor-Reyes", null, null, null, null, null),
            new ChildMatching.Description("Okafor-Reyes", "Delphine", null, 2010, 3, null, null));
    List<ChildQuery> typed =
        List.of(
            new ChildQuery("Delphine Okafor-Reyas", born, null, null, null, null),
            new ChildQuery("Delphine Okafor-Reyes", null, 2011, 3, null, null),
            new ChildQuery("Delfine Okafor-Reyes", null, 2011, null, null, null),
            new ChildQuery("Del Okafor-Reyes", null, null, null, null, null),
            new ChildQuery("Okafor-Reyes Delphine", null, 2010, 3, null, null));

    for (int k = 0; k < rows.size(); k++) {
      double listed = weightOf(child, rows.get(k)).weight();
      double searched =
          search.findRanked(p.user(Role.FRONT_DOOR), typed.get(k), "find a child").stream()
              .filter(m -> m.child().id().equals(child.id()))
              .findFirst()
              .orElseThrow()
              .weight();
      assertThat(listed).as("row %d", k).isEqualTo(searched);
    }

    ChildMatching.Description bare = rows.get(1);
    ChildMatching.Candidate withSexAndPostcode =
        weightOf(
            child,
            new ChildMatching.Description(
                bare.givenName(),
                bare.familyName(),
                null,
                2011,
                3,
                Sex.FEMALE,
                Postcode.parse("ST16 2LH")));
    double sexAndPostcode =
        withSexAndPostcode.fields().stream()
            .filter(f -> f.field().equals("SEX") || f.field().equals("POSTCODE"))
            .peek(f -> assertThat(f.level()).isEqualTo("EXACT"))
            .mapToDouble(ChildMatching.Field::weight)
            .sum();
    assertThat(sexAndPostcode).isPositive();
    assertThat(withSexAndPostcode.weight())
        .isCloseTo(weightOf(child, bare).weight() + sexAndPostcode, within(1e-3));
    assertThat(withSexAndPostcode.fields())
        .filteredOn(f -> f.field().equals("DATE_OF_BIRTH"))
        .extracting(ChildMatching.Field::level)
        .containsExactly("SAME_MONTH");
  }

  private ChildMatching.Candidate weightOf(ChildSummary child, ChildMatching.Description row) {
    return matching.candidates(p.id(), row, 10).stream()
        .filter(c -> c.childId().equals(child.id()))
        .findFirst()
        .orElseThrow();
  }

  private List<ChildMatch> find(
      String name, @Nullable LocalDate born, @Nullable Integer year, @Nullable Integer month) {
    return search.findRanked(
        p.user(Role.FRONT_DOOR),
        new ChildQuery(name, born, year, month, null, null),
        "find a child");
  }

  private static List<UUID> ids(List<ChildMatch> found) {
    return found.stream().map(m -> m.child().id()).toList();
  }

  private ChildSummary child(
      String given,
      @Nullable String middle,
      String family,
      LocalDate born,
      @Nullable String knownAs) {
    int n = IDS.incrementAndGet();
    return fixtures.child(
        p,
        aChild(given, family)
            .middleNames(middle)
            .knownAs(knownAs)
            .born(born)
            .nhs(Fixtures.nhsNumber(n))
            .upn(Fixtures.upn(n))
            .district(p.districtId())
            .build());
  }
}
