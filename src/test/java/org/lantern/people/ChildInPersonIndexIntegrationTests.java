package org.lantern.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lantern.testing.ChildBuilder.aChild;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.access.CurrentUser;
import org.lantern.access.Role;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Lantern's own children are records of the person index: partners' records join them by NHS
 * number, automatically at or above the link threshold, or when a person confirms, and the child's
 * file shows them. A description of a child (a concern, a missing episode) is put on a child only
 * by the one rule for descriptions, never by the index's weight alone.
 */
@IntegrationTest
class ChildInPersonIndexIntegrationTests {

  static final String NHS = "9434765919";

  @Autowired Fixtures fixtures;
  @Autowired PersonIndex index;
  @Autowired PersonLinking linking;
  @Autowired PersonLinkQueue linkQueue;
  @Autowired ChildFile files;
  @Autowired DescribedChildren described;
  @Autowired PossibleMatches matches;

  TestPartnership p;

  @BeforeEach
  void setUp() {
    p = fixtures.partnership();
  }

  @Test
  void theChildsFileShowsPartnersRecordsAndHowEachWasJoined() {
    ChildSummary child = child("Robert", "Quennell", LocalDate.of(2011, 3, 27), NHS);
    importAs(
        "Police",
        record("P1", "Bobby", "Quennell", "2011-03-27", NHS),
        record("P2", "Amelia", "Okafor", "2010-01-01", null));
    importAs("School", record("S1", "Robert", "Quennell", "2011-03-27", null));
    // the same names and a date two years out: a brother as likely as the child, so held for a
    // person, not joined
    importAs("Health", record("H1", "Robert", "Quennell", "2013-08-02", null));

    Map<String, OtherSystemsFile.Row> shown = rows(files.open(p.user(Role.FRONT_DOOR), child.id()));

    assertThat(shown.get("P1").how()).isEqualTo("NHS_NUMBER");
    assertThat(shown.get("S1").how()).isEqualTo("LINKED");
    assertThat(Double.parseDouble(shown.get("S1").weight())).isGreaterThanOrEqualTo(3.5);
    assertThat(shown.get("H1").how()).isEqualTo("REVIEW");
    assertThat(shown).doesNotContainKey("P2");
  }

  @Test
  void aRecordBelowTheThresholdJoinsTheChildOnlyWhenAPersonConfirms() {
    ChildSummary child = child("Robert", "Quennell", LocalDate.of(2011, 3, 27), null);
    importAs("Health", record("H1", "Robert", "Quennell", "2013-08-02", null));
    CurrentUser frontDoor = p.user(Role.FRONT_DOOR);
    assertThat(rows(files.open(frontDoor, child.id())).get("H1").how()).isEqualTo("REVIEW");

    PersonLinkQueue.Waiting pair =
        linkQueue.page(frontDoor, PersonLinkQueue.Query.all()).pairs().rows().getFirst();
    linking.decide(
        frontDoor, pair.link().id(), pair.link().version(), PersonLinking.Decision.CONFIRM);

    assertThat(rows(files.open(frontDoor, child.id())).get("H1").how()).isEqualTo("CONFIRMED");
  }

  @Test
  void onlyThoseWhoReviewThePersonIndexSeeTheRecordsInOtherSystems() {
    ChildSummary child = child("Robert", "Quennell", LocalDate.of(2011, 3, 27), NHS);
    importAs("Police", record("P1", "Bobby", "Quennell", "2011-03-27", NHS));

    assertThat(rows(files.open(p.user(Role.EXPLOITATION_COORDINATOR), child.id())))
        .containsKey("P1");
    CurrentUser teacher = p.user(Role.PRACTITIONER);
    fixtures.concern(teacher, child); // the teacher who raised it may open the file
    assertThat(files.open(teacher, child.id()).sections())
        .noneMatch(s -> s.template().equals("people/person-index/other-systems"));
  }

  @Test
  void aDescriptionIsPutOnTheChildOnlyByTheRuleNeverByTheIndexsWeightAlone() {
    ChildSummary robert = child("Robert", "Quennell", LocalDate.of(2011, 3, 27), null);
    CurrentUser teacher = p.user(Role.PRACTITIONER);

    // a listed nickname with the same family name and date of birth: the child
    assertThat(place(teacher, described("Bobby", "Quennell", 2011, 3, 27)).child().id())
        .isEqualTo(robert.id());
    // a different given name (a twin?) is never joined without a person, however alike the rest
    assertThat(place(teacher, described("Amelia", "Quennell", 2011, 3, 27)).outcome())
        .isEqualTo(DescriptionOutcome.NEW_CHILD_POSSIBLE_MATCH);
    // nor a different family name: the given name and date of birth alone are not enough
    assertThat(place(teacher, described("Robert", "Okafor", 2011, 3, 27)).outcome())
        .isEqualTo(DescriptionOutcome.NEW_CHILD_POSSIBLE_MATCH);
    // a slip in the given name and another date: a new record
    assertThat(place(teacher, described("Robret", "Quennell", 2013, 8, 2)).child().id())
        .isNotEqualTo(robert.id());
  }

  @Test
  void aDescriptionUnderANameOnlyAPartnersRecordHoldsIsANewRecordForTheFrontDoorToJoin() {
    ChildSummary robert = child("Robert", "Quennell", LocalDate.of(2011, 3, 27), NHS);
    // the police know him by an earlier family name as well
    importAs(
        "Police",
        PersonRecordInput.builder()
            .sourceId("P1")
            .givenName("Robert")
            .familyName("Quennell")
            .previousNames(List.of("Hartigan"))
            .dateOfBirth("2011-03-27")
            .postcode("ST16 2LH")
            .nhsNumber(NHS)
            .build());

    NewChild underOldName =
        aChild("Robert", "Hartigan")
            .born(2011, 3, 27)
            .postcode("ST16 2LH")
            .district(p.districtId())
            .build();

    DescribedChildren.Placed placed = place(p.user(Role.PRACTITIONER), underOldName);
    assertThat(placed.child().id()).isNotEqualTo(robert.id());
    assertThat(placed.outcome()).isEqualTo(DescriptionOutcome.NEW_CHILD_POSSIBLE_MATCH);
    assertThat(matches.waitingFor(p.user(Role.FRONT_DOOR), placed.child().id(), "test"))
        .extracting(m -> m.candidate().id())
        .containsExactly(robert.id());
  }

  private DescribedChildren.Placed place(CurrentUser by, NewChild child) {
    return described.place(by, by.displayName(), child);
  }

  private Map<String, OtherSystemsFile.Row> rows(ChildFile.View view) {
    return view.sections().stream()
        .filter(s -> s.template().equals("people/person-index/other-systems"))
        .flatMap(
            s ->
                Stream.concat(
                    rowsOf(s.model().get("joined")).stream(),
                    rowsOf(s.model().get("waiting")).stream()))
        .collect(Collectors.toMap(OtherSystemsFile.Row::sourceId, r -> r));
  }

  @SuppressWarnings("unchecked")
  private static List<OtherSystemsFile.Row> rowsOf(Object rows) {
    return (List<OtherSystemsFile.Row>) rows;
  }

  private ChildSummary child(String given, String family, LocalDate born, @Nullable String nhs) {
    return fixtures.child(
        p,
        aChild(given, family)
            .sex(Sex.MALE)
            .born(born)
            .nhs(nhs == null ? null : new NhsNumber(nhs))
            .district(p.districtId())
            .build());
  }

  private NewChild described(String given, String family, int year, int month, int day) {
    return aChild(given, family).born(year, month, day).district(p.districtId()).build();
  }

  private void importAs(String source, PersonRecordInput... records) {
    CurrentUser admin = p.user(Role.PARTNERSHIP_ADMIN);
    CurrentUser system =
        new CurrentUser(
            admin.id(),
            admin.username(),
            source,
            Role.PARTNER_SYSTEM,
            admin.agencyId(),
            admin.agencyName(),
            admin.partnershipId(),
            null);
    index.importRecords(system, source, List.of(records));
  }

  private static PersonRecordInput record(
      String id, String given, String family, String born, @Nullable String nhs) {
    return PersonRecordInput.builder()
        .sourceId(id)
        .givenName(given)
        .familyName(family)
        .previousNames(List.of())
        .dateOfBirth(born)
        .nhsNumber(nhs)
        .build();
  }
}
