package org.lantern.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditEntry;
import org.lantern.access.AuditLog;
import org.lantern.access.CurrentUser;
import org.lantern.access.RelationshipKind;
import org.lantern.access.Relationships;
import org.lantern.access.Role;
import org.lantern.platform.LanternTime;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.Pages;
import org.lantern.testing.RecordingMailSender;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where a child lives, kept as history: the type of placement and who holds responsibility are
 * recorded apart, with the other authority's contacts when one is involved; that contact is told
 * when a placement starts or ends (on the child's chronology, and by e-mail); every rule on the
 * dates holds; the reports count any day.
 */
@IntegrationTest
class PlacementIntegrationTests {

  private static TestPartnership p;

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService users;
  @Autowired Fixtures fixtures;
  @Autowired Children children;
  @Autowired Placements placements;
  @Autowired ChildFile files;
  @Autowired Relationships relationships;
  @Autowired AuditLog audit;
  @Autowired RecordingMailSender mail;
  @Autowired TransactionTemplate transaction;
  @Autowired Clock clock;

  @BeforeEach
  void setUp() {
    if (p == null) {
      p = fixtures.partnership();
    }
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(LanternTime.ZONE));
  }

  @Test
  void theAllocatedSocialWorkerRecordsFosterCareAndTheFileAndAuditSaySo() throws Exception {
    ChildSummary child = fixtures.child(p);
    relationships.link(
        child.id(), p.user(Role.SOCIAL_WORKER).id(), RelationshipKind.ALLOCATED_WORKER);

    Document record = page(get("/children/{id}", child.id()), Role.SOCIAL_WORKER);
    assertThat(record.select(".lantern-placement").text()).contains("Placement Not known");
    assertThat(record.select("a[href=/children/" + child.id() + "/placement]")).hasSize(1);

    LocalDate started = today().minusDays(3);
    mvc.perform(
            started(post("/children/{id}/placement", child.id()), started)
                .with(as(Role.SOCIAL_WORKER))
                .with(csrf())
                .param("placement", "FOSTER_CARE")
                .param("responsibility", "OURS"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/children/" + child.id()));

    assertThat(children.placements(List.of(child.id())))
        .containsEntry(child.id(), PlacementType.FOSTER_CARE);
    assertThat(placements.currentOn(child.id(), today()))
        .hasValueSatisfying(
            c -> {
              assertThat(c.responsibility()).isEqualTo(Responsibility.OURS);
              assertThat(c.startedOn()).isEqualTo(started);
              assertThat(c.authority()).isNull();
            });
    assertThat(placements.currentOn(child.id(), started.minusDays(1))).isEmpty();
    assertThat(audit.forChild(child.id()))
        .filteredOn(e -> e.action() == AuditAction.RECORD_PLACEMENT)
        .extracting(AuditEntry::outcome, AuditEntry::purpose)
        .contains(
            tuple(AuditEntry.Outcome.ALLOWED, "record where the child lives: FOSTER_CARE, OURS"));
    Document after = page(get("/children/{id}", child.id()), Role.SOCIAL_WORKER);
    assertThat(after.select(".lantern-placement").text())
        .contains("Placement Foster care")
        .contains("Responsibility Ours");
    assertThat(after.select(".lantern-other-authority")).isEmpty();
  }

  @Test
  void savingWithNothingChosenIsExplainedAndNothingIsSaved() throws Exception {
    ChildSummary child = fixtures.child(p);

    Document form =
        html(
            post("/children/{id}/placement", child.id())
                .with(as(Role.FRONT_DOOR))
                .with(csrf())
                .param("placement", "ON_THE_MOON")
                .param("responsibility", "OURS_AND_THEIRS"));

    assertThat(form.select(".govuk-error-summary a[href=#placement]").text())
        .isEqualTo("Select the type of placement");
    assertThat(form.select("#placement-error").text()).contains("Select the type of placement");
    assertThat(form.select("#responsibility-error").text())
        .contains("Select who holds responsibility");
    assertThat(form.select("#startedOn-error").text())
        .contains("Enter the day the placement started");
    assertThat(placements.history(child.id())).isEmpty();
  }

  @Test
  void everyFieldIsCheckedAndTheOtherAuthorityIsRequiredWhenOneIsInvolved() throws Exception {
    ChildSummary child = fixtures.child(p);

    Document form =
        html(
            started(post("/children/{id}/placement", child.id()), today().plusDays(2))
                .with(as(Role.FRONT_DOOR))
                .with(csrf())
                .param("placement", "RESIDENTIAL")
                .param("responsibility", "OURS_PLACED_ELSEWHERE")
                .param("authorityTeam", "x".repeat(201))
                .param("contactEmail", "not an address")
                .param("officeHoursPhone", "ring me")
                .param("outOfHoursPhone", "01632 960 999"));

    assertThat(form.select("#authorityName-error").text())
        .contains("Enter the authority where the child is placed");
    assertThat(form.select("#authorityTeam-error").text()).contains("200 characters or fewer");
    assertThat(form.select("#contactEmail-error").text()).contains("Enter an email address");
    assertThat(form.select("#officeHoursPhone-error").text()).contains("Enter a phone number");
    assertThat(form.select("#outOfHoursPhone-error")).isEmpty();
    assertThat(form.select("#startedOn-error").text()).contains("today or in the past");
    assertThat(placements.history(child.id())).isEmpty();
  }

  @Test
  void aChildPlacedHereKeepsThePlacingAuthorityAndItsContactIsToldOnTheChronologyAndByEmail()
      throws Exception {
    ChildSummary child = fixtures.child(p);
    LocalDate started = today().minusDays(10);

    mvc.perform(
            started(post("/children/{id}/placement", child.id()), started)
                .with(as(Role.EXPLOITATION_COORDINATOR))
                .with(csrf())
                .param("placement", "RESIDENTIAL")
                .param("responsibility", "PLACED_HERE_BY_ANOTHER_AUTHORITY")
                .param("authorityName", "Eastbrook Borough Council")
                .param("authorityTeam", "Children in care team")
                .param("contactName", "Ash Example")
                .param("contactEmail", "ash.placing@example.org")
                .param("officeHoursPhone", "01632 960 100")
                .param("outOfHoursPhone", "01632 960 999"))
        .andExpect(status().is3xxRedirection());

    ChildPlacement current = placements.currentOn(child.id(), today()).orElseThrow();
    assertThat(current.type()).isEqualTo(PlacementType.RESIDENTIAL);
    assertThat(current.responsibility()).isEqualTo(Responsibility.PLACED_HERE_BY_ANOTHER_AUTHORITY);
    assertThat(current.authority())
        .isEqualTo(
            new OtherAuthority(
                "Eastbrook Borough Council",
                "Children in care team",
                "Ash Example",
                "ash.placing@example.org",
                "01632 960 100",
                "01632 960 999",
                null));
    assertThat(children.crossBorder(List.of(child.id())).get(child.id()).placingAuthority())
        .isEqualTo("Eastbrook Borough Council");

    Document record = page(get("/children/{id}", child.id()), Role.EXPLOITATION_COORDINATOR);
    assertThat(record.select(".lantern-other-authority").text())
        .contains("Placed here by Eastbrook Borough Council")
        .contains("Children in care team")
        .contains("Office hours 01632 960 100")
        .contains("Out of hours 01632 960 999");
    assertThat(record.select(".lantern-placement").text())
        .contains("Placement Residential")
        .contains("Placed here by another authority");
    assertThat(record.text())
        .contains(
            "Eastbrook Borough Council told the placement started: Ash Example"
                + " (e-mailed to ash.placing@example.org when mail is configured)");

    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> assertThat(mail.sentTo("ash.placing@example.org")).hasSize(1));
    assertThat(mail.sentTo("ash.placing@example.org").getFirst().getText())
        .contains("has started")
        .doesNotContain(child.givenName())
        .doesNotContain(child.familyName());

    // the child moves on to one of our foster carers: the placing authority is told it ended
    transaction.executeWithoutResult(
        tx ->
            placements.start(
                coordinator(),
                child.id(),
                NewPlacement.ours(PlacementType.FOSTER_CARE, today().minusDays(2))));
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> assertThat(mail.sentTo("ash.placing@example.org")).hasSize(2));
    assertThat(placements.history(child.id()))
        .extracting(ChildPlacement::type, ChildPlacement::startedOn, ChildPlacement::endedOn)
        .containsExactly(
            tuple(PlacementType.FOSTER_CARE, today().minusDays(2), null),
            tuple(PlacementType.RESIDENTIAL, started, today().minusDays(2)));
    assertThat(placements.currentOn(child.id(), today().minusDays(3)).orElseThrow().type())
        .isEqualTo(PlacementType.RESIDENTIAL);
    assertThat(page(get("/children/{id}", child.id()), Role.EXPLOITATION_COORDINATOR).text())
        .contains("Eastbrook Borough Council told the placement ended");
  }

  @Test
  void historyIsAddedToAtItsEndNeverRewrittenAndAPlacementEndsAfterItStarts() throws Exception {
    ChildSummary child = fixtures.child(p);
    LocalDate first = today().minusDays(30);
    start(child, NewPlacement.ours(PlacementType.FAMILY_HOME, first));

    // a placement starting on or before the last one's start is refused, on the page too
    assertThatThrownBy(
            () -> start(child, NewPlacement.ours(PlacementType.FOSTER_CARE, first.minusDays(1))))
        .isInstanceOfSatisfying(
            PlacementRefusedException.class, e -> assertThat(e.code()).isEqualTo("overlaps"));
    Document refused =
        html(
            started(post("/children/{id}/placement", child.id()), first)
                .with(as(Role.EXPLOITATION_COORDINATOR))
                .with(csrf())
                .param("placement", "SECURE")
                .param("responsibility", "OURS"));
    assertThat(refused.select("#startedOn-error").text())
        .contains("must start after the start of every placement already recorded");
    // before the child was born
    assertThatThrownBy(
            () ->
                placements.start(
                    coordinator(),
                    fixtures.child(p).id(),
                    NewPlacement.ours(PlacementType.FAMILY_HOME, LocalDate.of(2001, 1, 1))))
        .isInstanceOfSatisfying(
            PlacementRefusedException.class, e -> assertThat(e.code()).isEqualTo("beforeBirth"));

    // ending before it started is refused; ending it on a good day closes it
    Document endRefused =
        html(
            date(post("/children/{id}/placement/end", child.id()), "endedOn", first.minusDays(1))
                .with(as(Role.EXPLOITATION_COORDINATOR))
                .with(csrf()));
    assertThat(endRefused.select("#endedOn-error").text())
        .contains("cannot be before the placement started");
    mvc.perform(
            date(post("/children/{id}/placement/end", child.id()), "endedOn", today().minusDays(5))
                .with(as(Role.EXPLOITATION_COORDINATOR))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(placements.currentOn(child.id(), today())).isEmpty();
    assertThat(placements.currentOn(child.id(), today().minusDays(6))).isPresent();
    assertThatThrownBy(
            () ->
                transaction.executeWithoutResult(
                    tx -> placements.end(coordinator(), child.id(), today())))
        .isInstanceOfSatisfying(
            PlacementRefusedException.class, e -> assertThat(e.code()).isEqualTo("noneOpen"));
    // a new placement may not start inside the one that ended
    assertThatThrownBy(
            () -> start(child, NewPlacement.ours(PlacementType.FOSTER_CARE, today().minusDays(6))))
        .isInstanceOf(PlacementRefusedException.class);
    start(child, NewPlacement.ours(PlacementType.FOSTER_CARE, today().minusDays(5)));

    Document history =
        page(get("/children/{id}/placement", child.id()), Role.EXPLOITATION_COORDINATOR);
    assertThat(history.select(".lantern-placement-history tbody tr")).hasSize(2);
  }

  @Test
  void theReportsCountAnyDayByTypeAndResponsibility() {
    TestPartnership q = fixtures.partnership();
    LocalDate day = today().minusDays(20);
    Map<Responsibility, Integer> wanted =
        Map.of(
            Responsibility.OURS, 3,
            Responsibility.PLACED_HERE_BY_ANOTHER_AUTHORITY, 2,
            Responsibility.OURS_PLACED_ELSEWHERE, 1);
    wanted.forEach(
        (r, n) -> {
          for (int i = 0; i < n; i++) {
            ChildSummary c = fixtures.child(q);
            transaction.executeWithoutResult(
                tx ->
                    placements.recordAll(
                        q.user(Role.PARTNERSHIP_ADMIN),
                        Map.of(
                            c.id(),
                            new NewPlacement(
                                PlacementType.RESIDENTIAL,
                                r,
                                r.otherAuthority() ? OtherAuthority.named("Fenmoor") : null,
                                day))));
          }
        });

    assertThat(placements.countOn(q.id(), day))
        .filteredOn(c -> c.type() == PlacementType.RESIDENTIAL)
        .containsExactly(new PlacementCount(PlacementType.RESIDENTIAL, 6, 2, 1));
    assertThat(placements.countOn(q.id(), day.minusDays(1)))
        .allSatisfy(c -> assertThat(c.children()).isZero());
  }

  @Test
  void aTeacherWhoReferredTheChildIsNotShownThePlacementAndMayNotChangeIt() throws Exception {
    ChildSummary child = fixtures.child(p);
    fixtures.concern(p.user(Role.PRACTITIONER), child);

    Document record = page(get("/children/{id}", child.id()), Role.PRACTITIONER);
    assertThat(record.select(".lantern-placement"))
        .as("a referrer sees what they referred and its outcome, not the child's details")
        .isEmpty();
    assertThat(record.select("a[href=/children/" + child.id() + "/placement]")).isEmpty();

    mvc.perform(
            started(post("/children/{id}/placement", child.id()), today())
                .with(as(Role.PRACTITIONER))
                .with(csrf())
                .param("placement", "RESIDENTIAL")
                .param("responsibility", "OURS"))
        .andExpect(status().isForbidden());
    mvc.perform(
            date(post("/children/{id}/placement/end", child.id()), "endedOn", today())
                .with(as(Role.PRACTITIONER))
                .with(csrf()))
        .andExpect(status().isForbidden());
    assertThat(placements.history(child.id())).isEmpty();
    assertThat(audit.forChild(child.id()))
        .filteredOn(e -> e.action() == AuditAction.RECORD_PLACEMENT)
        .extracting(AuditEntry::outcome)
        .containsOnly(AuditEntry.Outcome.REFUSED);
  }

  private void start(ChildSummary child, NewPlacement placement) {
    transaction.executeWithoutResult(tx -> placements.start(coordinator(), child.id(), placement));
  }

  private CurrentUser coordinator() {
    return p.user(Role.EXPLOITATION_COORDINATOR);
  }

  private static MockHttpServletRequestBuilder started(
      MockHttpServletRequestBuilder request, LocalDate day) {
    return date(request, "startedOn", day);
  }

  private static MockHttpServletRequestBuilder date(
      MockHttpServletRequestBuilder request, String field, LocalDate day) {
    return request
        .param(field + ".day", String.valueOf(day.getDayOfMonth()))
        .param(field + ".month", String.valueOf(day.getMonthValue()))
        .param(field + ".year", String.valueOf(day.getYear()));
  }

  private Document html(MockHttpServletRequestBuilder request) throws Exception {
    String html =
        mvc.perform(request)
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    return Jsoup.parse(html);
  }

  private Document page(MockHttpServletRequestBuilder request, Role role) throws Exception {
    return html(request.with(as(role)));
  }

  private RequestPostProcessor as(Role role) {
    return Pages.signedInAs(users, p.username(role));
  }
}
