package org.lantern.intelligence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.access.AccessDeniedForRole;
import org.lantern.access.AccessRefusedException;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditEntry.Outcome;
import org.lantern.access.AuditLog;
import org.lantern.access.CurrentUser;
import org.lantern.access.Role;
import org.lantern.people.ChildFile;
import org.lantern.people.ChildSummary;
import org.lantern.people.FileIndicator;
import org.lantern.platform.LanternTime;
import org.lantern.platform.RecordNotFoundException;
import org.lantern.referral.ChildChoice;
import org.lantern.referral.ConcernContent;
import org.lantern.referral.ConcernSubmission;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.MutableClock;
import org.lantern.testing.Pages;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.context.WebApplicationContext;

/**
 * Links between adults and children through every source, and what a notice on the adult then puts
 * on each linked child's file: the indicator says how the child is linked.
 */
@IntegrationTest
class IntelligenceLinksIntegrationTests {

  @Autowired Fixtures fixtures;
  @Autowired IntelligenceLinks links;
  @Autowired AbductionNotices notices;
  @Autowired ConcernSubmission concerns;
  @Autowired ChildFile files;
  @Autowired AuditLog audit;
  @Autowired MutableClock clock;
  @Autowired WebApplicationContext context;
  @Autowired UserDetailsService users;

  TestPartnership p;
  CurrentUser police;
  CurrentUser coordinator;

  @BeforeEach
  void setUp() {
    clock.set(LocalDateTime.of(2026, 11, 18, 12, 0).atZone(LanternTime.ZONE).toInstant());
    p = fixtures.partnership();
    police = p.user(Role.POLICE);
    coordinator = p.user(Role.EXPLOITATION_COORDINATOR);
  }

  @Test
  void anIntelligenceLinkPutsTheNoticeIndicatorOnTheChildSayingHow() {
    ChildSummary named = fixtures.child(p);
    ChildSummary seenWithHim = fixtures.child(p);
    AdultDetails adult = adult("Rory", LocalDate.of(1988, 5, 6));
    UUID adultId = links.record(coordinator, adult, seenWithHim.id(), seenWith());

    serve(adult, named);

    assertThat(noticeIndicators(seenWithHim))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.messageKey()).isEqualTo("intelligence.indicator.linked");
              assertThat(i.arguments())
                  .containsExactly("12 November 2026", "Police or coordinator intelligence");
            });
    AdultFile file = links.file(police, adultId);
    assertThat(file.linksBySource().keySet())
        .containsExactly(LinkSource.ABDUCTION_NOTICE, LinkSource.INTELLIGENCE);
    assertThat(file.linksBySource().get(LinkSource.INTELLIGENCE))
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.child().id()).isEqualTo(seenWithHim.id());
              assertThat(l.nature()).isEqualTo(LinkNature.SEEN_WITH);
              assertThat(l.evaluation()).isEqualTo(SourceEvaluation.UNTESTED);
              assertThat(l.assessment()).isEqualTo(Assessment.CORROBORATED);
              assertThat(l.recordedBy()).isEqualTo(coordinator.displayName());
            });
    assertThat(file.notices()).hasSize(1);
    assertThat(audit.forChild(seenWithHim.id()))
        .anySatisfy(
            e -> {
              assertThat(e.action()).isEqualTo(AuditAction.RECORD_INTELLIGENCE_LINK);
              assertThat(e.userId()).isEqualTo(coordinator.id());
            })
        .anySatisfy(
            e -> {
              assertThat(e.action()).isEqualTo(AuditAction.VIEW_INTELLIGENCE_LINKS);
              assertThat(e.userId()).isEqualTo(police.id());
            });
  }

  @Test
  void anAdultNamedInAConcernWithNameAndDateOfBirthIsTheAdultLaterServed() {
    ChildSummary named = fixtures.child(p);
    ChildSummary inTheConcern = fixtures.child(p);
    AdultDetails adult = adult("Kieran", LocalDate.of(1991, 2, 3));
    concern(
        inTheConcern,
        new NamedAdult(
            "KIERAN",
            adult.familyName().toLowerCase(),
            adult.dateOfBirth(),
            null,
            "Drives a silver hatchback",
            "Flat above the takeaway"));

    serve(adult, named);

    assertThat(noticeIndicators(inTheConcern))
        .singleElement()
        .satisfies(
            i -> assertThat(i.arguments().get(1)).isEqualTo("Named in a concern about the child"));
    assertThat(links.forChild(police, inTheConcern.id()))
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.source()).isEqualTo(LinkSource.CONCERN);
              assertThat(l.describedAs()).isEqualTo("Drives a silver hatchback");
              assertThat(l.place()).isEqualTo("Flat above the takeaway");
            });
  }

  @Test
  void anAdultNamedInAConcernWithoutADateOfBirthIsANewRecordNotAssumedToBeAnother() {
    ChildSummary named = fixtures.child(p);
    ChildSummary inTheConcern = fixtures.child(p);
    AdultDetails adult = adult("Kieran", LocalDate.of(1991, 2, 3));
    concern(inTheConcern, new NamedAdult("Kieran", adult.familyName(), null, 30, null, null));
    concern(inTheConcern, new NamedAdult("Kez", null, null, null, "Older boyfriend", null));

    serve(adult, named);

    assertThat(noticeIndicators(inTheConcern)).isEmpty();
    assertThat(links.forChild(police, inTheConcern.id()))
        .hasSize(2)
        .extracting(LinkView::adultName)
        .containsExactlyInAnyOrder("Kieran " + adult.familyName(), "Kez");
    assertThat(links.adults(police, "kez", 1, IntelligenceLinks.adultsSort(null)).rows())
        .extracting(AdultSummary::familyName)
        .containsNull();
  }

  @Test
  void everySourceIsNamedWhenAChildIsLinkedSeveralWays() {
    ChildSummary named = fixtures.child(p);
    ChildSummary child = fixtures.child(p);
    AdultDetails adult = adult("Lenny", LocalDate.of(1985, 1, 1));
    concern(
        child, new NamedAdult("Lenny", adult.familyName(), adult.dateOfBirth(), null, null, null));
    links.record(police, adult, child.id(), seenWith());

    serve(adult, named);

    assertThat(noticeIndicators(child))
        .singleElement()
        .satisfies(
            i ->
                assertThat(i.arguments().get(1))
                    .isEqualTo(
                        "Named in a concern about the child; Police or coordinator intelligence"));
  }

  @Test
  void onlyThePoliceAndTheCoordinatorRecordOrSeeLinks() {
    ChildSummary child = fixtures.child(p);
    UUID adultId = links.record(police, adult("Mal", null), child.id(), seenWith());

    for (Role role : List.of(Role.PRACTITIONER, Role.SOCIAL_WORKER, Role.FRONT_DOOR)) {
      CurrentUser user = p.user(role);
      assertThatThrownBy(() -> links.record(user, adultId, child.id(), seenWith()))
          .isInstanceOf(AccessRefusedException.class);
      assertThatThrownBy(() -> links.file(user, adultId)).isInstanceOf(AccessDeniedForRole.class);
      assertThat(links.forChild(user, child.id())).isEmpty();
    }
    assertThat(links.file(coordinator, adultId).children()).isEqualTo(1);
  }

  @Test
  void anotherPartnershipsAdultOrChildIsNotReachedAndNothingIsSaved() {
    TestPartnership other = fixtures.partnership();
    ChildSummary theirs = fixtures.child(other);
    ChildSummary ours = fixtures.child(p);
    UUID theirAdult =
        links.record(other.user(Role.POLICE), adult("Ned", null), theirs.id(), seenWith());

    assertThatThrownBy(() -> links.file(police, theirAdult))
        .isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(() -> links.record(police, theirAdult, ours.id(), seenWith()))
        .isInstanceOf(RecordNotFoundException.class);
    String family = "Orr" + p.suffix();
    assertThatThrownBy(
            () ->
                links.record(
                    police, new AdultDetails("Ned", family, null), theirs.id(), seenWith()))
        .isInstanceOf(AccessRefusedException.class);
    assertThat(links.adults(police, family, 1, IntelligenceLinks.adultsSort(null)).rows())
        .isEmpty();
    assertThat(audit.forChild(theirs.id()))
        .anySatisfy(
            e -> {
              assertThat(e.action()).isEqualTo(AuditAction.RECORD_INTELLIGENCE_LINK);
              assertThat(e.outcome()).isEqualTo(Outcome.REFUSED);
              assertThat(e.userId()).isEqualTo(police.id());
            });
  }

  @Test
  void theAdultsListComesAPageAtATimeByFamilyName() {
    ChildSummary child = fixtures.child(p);
    String family = "Paige" + p.suffix();
    int made = IntelligenceLinks.ADULTS_PAGE + 2;
    for (int i = 0; i < made; i++) {
      links.record(
          police,
          new AdultDetails("Ned" + (char) ('a' + i / 26) + (char) ('a' + i % 26), family, null),
          child.id(),
          seenWith());
    }

    var first = links.adults(police, family, 1, IntelligenceLinks.adultsSort(null));
    assertThat(first.matching()).isEqualTo(made);
    assertThat(first.rows()).hasSize(IntelligenceLinks.ADULTS_PAGE);
    var last = links.adults(police, family, 99, IntelligenceLinks.adultsSort(null));
    assertThat(last.page()).as("a page past the end shows the last").isEqualTo(2);
    assertThat(last.rows()).extracting(AdultSummary::givenName).containsExactly("Nedby", "Nedbz");
  }

  @Test
  void theAdultsListSortsByNameOrHowManyChildrenEitherWay() throws Exception {
    String family = "Quint" + p.suffix();
    Map<String, Integer> linked = Map.of("Bea", 2, "Al", 1, "Cy", 3);
    linked.forEach(
        (given, children) -> {
          UUID adult =
              links.record(
                  police,
                  new AdultDetails(given, family, null),
                  fixtures.child(p).id(),
                  seenWith());
          for (int i = 1; i < children; i++) {
            links.record(police, adult, fixtures.child(p).id(), seenWith());
          }
        });

    assertThat(adultsSorted(family, "adult")).containsExactly("Al", "Bea", "Cy");
    assertThat(adultsSorted(family, "adult-desc")).containsExactly("Cy", "Bea", "Al");
    assertThat(adultsSorted(family, "children-desc")).containsExactly("Cy", "Bea", "Al");
    assertThat(adultsSorted(family, "children")).containsExactly("Al", "Bea", "Cy");
    assertThat(adultsSorted(family, "age; drop table")).containsExactly("Al", "Bea", "Cy");

    Document page =
        Pages.html(
            Pages.mockMvc(context)
                .perform(
                    get("/adults")
                        .param("name", family)
                        .param("sort", "children-desc")
                        .with(Pages.signedInAs(users, p.username(Role.POLICE))))
                .andExpect(status().isOk())
                .andReturn());
    assertThat(page.select("tbody tr td:first-child").eachText())
        .extracting(name -> name.split(" ")[0])
        .containsExactly("Cy", "Bea", "Al");
    assertThat(page.select("th[aria-sort=descending]").text()).isEqualTo("Children linked");
    assertThat(page.select("th[aria-sort=descending] a").attr("href"))
        .contains("sort=children")
        .doesNotContain("children-desc")
        .contains("name=" + family);
    assertThat(page.select("form input[name=sort]").val()).isEqualTo("children-desc");
  }

  private List<String> adultsSorted(String family, String sort) {
    return links.adults(police, family, 1, IntelligenceLinks.adultsSort(sort)).rows().stream()
        .map(AdultSummary::givenName)
        .toList();
  }

  // ---- helpers ----

  private AdultDetails adult(String given, LocalDate born) {
    return new AdultDetails(given, "Vance" + p.suffix(), born);
  }

  private static LinkDetails seenWith() {
    return new LinkDetails(
        LinkNature.SEEN_WITH,
        SourceEvaluation.UNTESTED,
        Assessment.CORROBORATED,
        LocalDate.of(2026, 11, 1),
        "Street pastors saw them together outside the arcade at 11pm");
  }

  private void serve(AdultDetails adult, ChildSummary child) {
    notices.serve(
        police,
        new NoticeDetails(
            adult,
            List.of(child.id()),
            "PC Test",
            LocalDate.of(2026, 11, 12),
            LocalDate.of(2028, 11, 12),
            "Found in his flat at 1am"));
  }

  private void concern(ChildSummary child, NamedAdult adult) {
    concerns.raise(
        p.user(Role.PRACTITIONER),
        ChildChoice.existing(child.id()),
        new ConcernContent(
            "Picked up from school by an older man " + UUID.randomUUID(),
            LocalDate.of(2026, 11, 10),
            "School gate",
            false,
            Set.of()),
        UUID.randomUUID().toString(),
        List.of(adult));
  }

  private List<FileIndicator> noticeIndicators(ChildSummary child) {
    return files.open(p.user(Role.FRONT_DOOR), child.id()).indicators().stream()
        .filter(i -> i.messageKey().equals("intelligence.indicator.linked"))
        .toList();
  }
}
