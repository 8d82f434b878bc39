package org.lantern.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lantern.testing.ChildBuilder.aChild;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.lantern.access.AccessDeniedForRole;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditEntry.Outcome;
import org.lantern.access.AuditLog;
import org.lantern.access.CurrentUser;
import org.lantern.access.Role;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.MutableClock;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Finding a child as people really type: slips, nicknames, names the wrong way round, dates with
 * day and month swapped. The cases share one partnership of made-up children (made once); a second
 * partnership holds look-alikes that must never be found from the first.
 */
@IntegrationTest
class ChildSearchIntegrationTests {

  private static final AtomicInteger IDS = new AtomicInteger(700_000);

  private static TestPartnership p;
  private static TestPartnership other;
  private static Map<String, ChildSummary> kids;
  private static ChildSummary lookAlike;

  @Autowired Fixtures fixtures;
  @Autowired ChildSearch search;
  @Autowired AuditLog audit;
  @Autowired MutableClock clock;

  @BeforeEach
  void setUp() {
    clock.reset();
    if (p == null) {
      p = fixtures.partnership();
      other = fixtures.partnership();
      kids =
          Map.of(
              "Robert Kowalski", child(p, "Robert", "Kowalski", LocalDate.of(2010, 4, 7)),
              "Robin Kowalczyk", child(p, "Robin", "Kowalczyk", LocalDate.of(2010, 9, 30)),
              "Alfred Pemberton", child(p, "Alfred", "Pemberton", LocalDate.of(2009, 11, 23)),
              "Alfreda Pennington", child(p, "Alfreda", "Pennington", LocalDate.of(2012, 1, 15)),
              "Jasmine Whitfield", child(p, "Jasmine", "Whitfield", LocalDate.of(2011, 5, 2)),
              "Jade Whitford", child(p, "Jade", "Whitford", LocalDate.of(2011, 2, 5)),
              "Tyler Ashworth", child(p, "Tyler", "Ashworth", LocalDate.of(2011, 8, 19)));
      lookAlike = child(other, "Robert", "Kowalski", LocalDate.of(2010, 4, 7));
    }
  }

  static Stream<Arguments> names() {
    return Stream.of(
        // one or two typing slips
        Arguments.of("Jasmin Whitfield", "Jasmine Whitfield"),
        Arguments.of("Jasmine Whitfeild", "Jasmine Whitfield"),
        Arguments.of("Jazmin Whitfield", "Jasmine Whitfield"),
        Arguments.of("Robert Kowalsky", "Robert Kowalski"),
        Arguments.of("Robret Kowalski", "Robert Kowalski"),
        Arguments.of("Alfred Pembertn", "Alfred Pemberton"),
        Arguments.of("Alfrd Pemburton", "Alfred Pemberton"),
        Arguments.of("Tyler Ashwerth", "Tyler Ashworth"),
        // nicknames
        Arguments.of("Bobby Kowalski", "Robert Kowalski"),
        Arguments.of("Rob Kowalski", "Robert Kowalski"),
        Arguments.of("Alfie Pemberton", "Alfred Pemberton"),
        // first and last names the wrong way round
        Arguments.of("Kowalski Robert", "Robert Kowalski"),
        Arguments.of("Whitfield Jasmine", "Jasmine Whitfield"),
        Arguments.of("Pemberton Alfie", "Alfred Pemberton"),
        // a family name alone, or with a slip
        Arguments.of("Pemberton", "Alfred Pemberton"),
        Arguments.of("Ashwoth", "Tyler Ashworth"));
  }

  @ParameterizedTest(name = "\"{0}\" finds {1} first")
  @MethodSource("names")
  void findsTheChildByNameDespiteHowItWasTyped(String typed, String expected) {
    List<ChildSummary> found = find(p.user(Role.PRACTITIONER), byName(typed));

    assertThat(found).isNotEmpty();
    assertThat(found.getFirst().id()).isEqualTo(kids.get(expected).id());
  }

  static Stream<Arguments> datesOfBirth() {
    return Stream.of(
        Arguments.of(
            LocalDate.of(2011, 5, 2),
            List.of("Jasmine Whitfield", "Jade Whitford", "Tyler Ashworth")),
        Arguments.of(
            LocalDate.of(2011, 2, 5),
            List.of("Jade Whitford", "Jasmine Whitfield", "Tyler Ashworth")),
        Arguments.of(LocalDate.of(2009, 11, 23), List.of("Alfred Pemberton")),
        Arguments.of(LocalDate.of(2013, 6, 1), List.of()));
  }

  /** The day, then the day with day and month swapped, then the rest of the year. */
  @ParameterizedTest(name = "born {0}: {1}")
  @MethodSource("datesOfBirth")
  void aDateOfBirthFindsTheChildThenTheDateWithDayAndMonthSwappedThenTheYear(
      LocalDate born, List<String> expected) {
    List<ChildSummary> found =
        find(p.user(Role.PRACTITIONER), new ChildQuery(null, born, null, null, null));

    assertThat(found)
        .extracting(ChildSummary::id)
        .containsExactlyElementsOf(expected.stream().map(name -> kids.get(name).id()).toList());
  }

  @Test
  void aDateOfBirthWithANicknamePutsTheRightChildFirst() {
    List<ChildSummary> found =
        find(
            p.user(Role.PRACTITIONER),
            new ChildQuery("Bobby", LocalDate.of(2010, 4, 7), null, null, null));

    assertThat(found.getFirst().id()).isEqualTo(kids.get("Robert Kowalski").id());
  }

  @Test
  void aYearOfBirthAloneFindsEveryChildBornThatYearAndNoOther() {
    List<ChildSummary> found =
        find(p.user(Role.PRACTITIONER), new ChildQuery(null, null, 2011, null, null));

    assertThat(found)
        .extracting(ChildSummary::id)
        .containsExactlyInAnyOrder(
            kids.get("Jasmine Whitfield").id(),
            kids.get("Jade Whitford").id(),
            kids.get("Tyler Ashworth").id());
  }

  @Test
  void anNhsNumberOrUpnFindsExactlyThatChild() {
    ChildSummary robert = kids.get("Robert Kowalski");
    CurrentUser nurse = p.user(Role.HEALTH_SAFEGUARDING_LEAD);

    assertThat(find(nurse, new ChildQuery(null, null, null, nhs(robert), null)))
        .extracting(ChildSummary::id)
        .containsExactly(robert.id());
    assertThat(find(nurse, new ChildQuery(null, null, null, null, upn(robert))))
        .extracting(ChildSummary::id)
        .containsExactly(robert.id());
  }

  @Test
  void anIdentifierMustMatchExactlyEvenWhenTheNameFits() {
    ChildSummary robert = kids.get("Robert Kowalski");
    NhsNumber someoneElses = Fixtures.nhsNumber(IDS.incrementAndGet());

    assertThat(
            find(
                p.user(Role.PRACTITIONER),
                new ChildQuery("Robert Kowalski", null, null, someoneElses, null)))
        .isEmpty();
    assertThat(robert.nhsNumber()).isNotEqualTo(someoneElses.value());
  }

  @Test
  void neverFindsAChildOfAnotherPartnership() {
    CurrentUser frontDoor = p.user(Role.FRONT_DOOR);

    List<ChildSummary> byName = find(frontDoor, byName("Robert Kowalski"));
    List<ChildSummary> byNhs =
        find(frontDoor, new ChildQuery(null, null, null, nhs(lookAlike), null));

    assertThat(byName).isNotEmpty().allMatch(c -> c.partnershipId().equals(p.id()));
    assertThat(byName).extracting(ChildSummary::id).doesNotContain(lookAlike.id());
    assertThat(byNhs).isEmpty();
    assertThat(find(other.user(Role.FRONT_DOOR), byName("Robert Kowalski")))
        .extracting(ChildSummary::id)
        .containsExactly(lookAlike.id());
  }

  @Test
  void everyChildShownIsAuditedAsFoundByThisPersonAndNoOther() {
    CurrentUser police = p.user(Role.POLICE);
    String purpose = "search " + UUID.randomUUID();

    List<ChildSummary> found = search.find(police, byName("Kowalski"), purpose);

    assertThat(found).isNotEmpty();
    for (ChildSummary child : found) {
      assertThat(audit.forChild(child.id()))
          .filteredOn(e -> purpose.equals(e.purpose()))
          .singleElement()
          .satisfies(
              e -> {
                assertThat(e.action()).isEqualTo(AuditAction.FIND_CHILD);
                assertThat(e.outcome()).isEqualTo(Outcome.ALLOWED);
                assertThat(e.userId()).isEqualTo(police.id());
              });
    }
    kids.values().stream()
        .filter(k -> found.stream().noneMatch(f -> f.id().equals(k.id())))
        .forEach(
            notShown ->
                assertThat(audit.forChild(notShown.id()))
                    .noneMatch(e -> purpose.equals(e.purpose())));
  }

  @ParameterizedTest
  @EnumSource(names = {"COUNCILLOR", "STRATEGIC_LEAD", "PARTNERSHIP_ADMIN"})
  void rolesThatDoNotWorkWithChildrenCannotSearchForThem(Role role) {
    CurrentUser user = p.user(role);
    String purpose = "search " + UUID.randomUUID();

    assertThatThrownBy(() -> search.find(user, byName("Robert Kowalski"), purpose))
        .isInstanceOf(AccessDeniedForRole.class);

    assertThat(audit.forChild(kids.get("Robert Kowalski").id()))
        .noneMatch(e -> purpose.equals(e.purpose()));
  }

  @Test
  void informationGovernanceMayFindAChildToSeeWhoLookedAtTheirRecord() {
    assertThat(find(p.user(Role.INFORMATION_GOVERNANCE), byName("Alfred Pemberton")))
        .extracting(ChildSummary::id)
        .startsWith(kids.get("Alfred Pemberton").id());
  }

  private List<ChildSummary> find(CurrentUser user, ChildQuery query) {
    return search.find(user, query, "find a child");
  }

  private static ChildQuery byName(String name) {
    return new ChildQuery(name, null, null, null, null);
  }

  private static NhsNumber nhs(ChildSummary child) {
    return new NhsNumber(child.nhsNumber());
  }

  private static UniquePupilNumber upn(ChildSummary child) {
    return new UniquePupilNumber(child.upn());
  }

  private ChildSummary child(TestPartnership in, String given, String family, LocalDate born) {
    int n = IDS.incrementAndGet();
    return fixtures.child(
        in,
        aChild(given, family)
            .born(born)
            .nhs(Fixtures.nhsNumber(n))
            .upn(Fixtures.upn(n))
            .district(in.districtId())
            .build());
  }
}
