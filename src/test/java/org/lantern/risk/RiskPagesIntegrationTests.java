package org.lantern.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lantern.testing.ChildBuilder.aChild;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lantern.access.CurrentUser;
import org.lantern.access.RelationshipKind;
import org.lantern.access.Relationships;
import org.lantern.access.Role;
import org.lantern.people.ChildSummary;
import org.lantern.people.Children;
import org.lantern.people.NewPlacement;
import org.lantern.people.OtherAuthority;
import org.lantern.people.PlacementType;
import org.lantern.people.Placements;
import org.lantern.people.Responsibility;
import org.lantern.people.Sex;
import org.lantern.platform.LanternTime;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.MutableClock;
import org.lantern.testing.Pages;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/** Who reaches which risk page; bad tool input and stale sign-offs through the pages; filters. */
@IntegrationTest
class RiskPagesIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService users;
  @Autowired Fixtures fixtures;
  @Autowired ScreeningTools tools;
  @Autowired Screenings screenings;
  @Autowired Tracker tracker;
  @Autowired Relationships relationships;
  @Autowired Children children;
  @Autowired Placements placements;
  @Autowired TransactionTemplate transaction;
  @Autowired MutableClock clock;

  static TestPartnership p;

  @BeforeEach
  void setUp() {
    clock.reset();
    if (p == null) {
      p = fixtures.partnership();
      tools.publish(p.user(Role.PARTNERSHIP_ADMIN), ScreeningIntegrationTests.TOOL_V1, null);
    }
  }

  @ParameterizedTest(
      name = "{0}: tracker {1}, tools {2}, service queue {3}, screenings {4}, compliance {5}")
  @CsvSource({
    "PRACTITIONER, 403, 403, 403, 200, 403",
    "SOCIAL_WORKER, 403, 403, 403, 200, 403",
    "TEAM_MANAGER, 200, 403, 403, 200, 200",
    "EXPLOITATION_COORDINATOR, 200, 403, 403, 200, 200",
    "FRONT_DOOR, 200, 403, 403, 200, 200",
    "MISSING_SERVICE_WORKER, 403, 403, 200, 200, 403",
    "PARTNERSHIP_ADMIN, 403, 200, 403, 403, 403",
    "STRATEGIC_LEAD, 403, 403, 403, 403, 200",
    "COUNCILLOR, 403, 403, 403, 403, 403",
    "INFORMATION_GOVERNANCE, 403, 403, 403, 403, 403"
  })
  void eachRoleReachesOnlyItsRiskPages(
      Role role, int tracker, int tools, int queue, int mine, int compliance) throws Exception {
    assertThat(status(role, "/tracker/compliance")).isEqualTo(compliance);
    assertThat(status(role, "/tracker")).isEqualTo(tracker);
    assertThat(status(role, "/tracker/export.csv")).isEqualTo(tracker);
    assertThat(status(role, "/screening-tools")).isEqualTo(tools);
    assertThat(status(role, "/service-referrals")).isEqualTo(queue);
    assertThat(status(role, "/screenings")).isEqualTo(mine);
  }

  @Test
  void aBadDefinitionIsShownBackWithItsProblemsAndTheToolIsUnchanged() throws Exception {
    String bad =
        ScreeningIntegrationTests.TOOL_V1.replace(
            "levels: {low: 1, medium: 3, high: 5}", "levels: {low: 4, medium: 3, high: 5}");

    MvcResult result =
        mvc.perform(
                post("/screening-tools")
                    .param("source", bad)
                    .param("basedOn", "1")
                    .with(csrf())
                    .with(as(Role.PARTNERSHIP_ADMIN)))
            .andReturn();

    assertThat(result.getResponse().getStatus()).isEqualTo(200);
    Document page = Pages.html(result);
    assertThat(page.title()).startsWith("Error: ");
    assertThat(page.select(".govuk-error-summary").text())
        .contains("Line 3, levels.medium: levels are out of order: 3 must be higher than low (4)");
    assertThat(page.select("#source").text()).contains("low: 4");
    assertThat(tools.current(p.id(), "test-screening").orElseThrow().number()).isEqualTo(1);
  }

  @Test
  void aSignOffOnAScreeningThatChangedSinceItWasOpenedOverwritesNothing() throws Exception {
    ChildSummary child = fixtures.child(p);
    relationships.linkTeam(child.id(), p.teamId(), RelationshipKind.ALLOCATED_TEAM);
    CurrentUser worker = p.user(Role.SOCIAL_WORKER);
    UUID id = screenings.start(worker, child.id(), "test-screening");
    screenings.save(worker, id, 0, ScreeningIntegrationTests.answers("YES", "NO", "NO"));
    long opened = screenings.open(worker, id).version();
    screenings.submit(worker, id, opened, null, null);
    long submitted = screenings.open(worker, id).version();
    screenings.signOff(p.user(Role.TEAM_MANAGER), id, submitted, false, "More detail please.");

    MvcResult result =
        mvc.perform(
                post("/screenings/" + id + "/sign-off")
                    .param("outcome", "AGREE")
                    .param("version", String.valueOf(submitted))
                    .with(csrf())
                    .with(as(Role.TEAM_MANAGER)))
            .andReturn();

    assertThat(Pages.html(result).select(".govuk-error-summary").text())
        .contains(
            "changed after you opened it and is now: Returned for changes. Nothing was overwritten.");
    assertThat(screenings.open(worker, id).status()).isEqualTo(ScreeningStatus.RETURNED);
    assertThat(screenings.open(worker, id).returnComments()).isEqualTo("More detail please.");
  }

  @Test
  void theTrackerFiltersBySexAgeBandPlacementAndDistrict() throws Exception {
    TestPartnership q = fixtures.partnership();
    tools.publish(q.user(Role.PARTNERSHIP_ADMIN), ScreeningIntegrationTests.TOOL_V1, null);
    LocalDate today = LocalDate.now(clock.withZone(LanternTime.ZONE));
    ChildSummary girl14 = child(q, "Ada", Sex.FEMALE, today.minusYears(14), q.districtId());
    ChildSummary boy16 = child(q, "Ben", Sex.MALE, today.minusYears(16).minusDays(1), null);
    transaction.executeWithoutResult(
        tx ->
            placements.recordAll(
                q.user(Role.PARTNERSHIP_ADMIN),
                Map.of(
                    girl14.id(),
                    NewPlacement.ours(PlacementType.FOSTER_CARE, today.minusDays(40)),
                    boy16.id(),
                    new NewPlacement(
                        PlacementType.RESIDENTIAL,
                        Responsibility.PLACED_HERE_BY_ANOTHER_AUTHORITY,
                        OtherAuthority.named("Eastbrook Borough Council"),
                        today.minusDays(20)))));
    CurrentUser coordinator = q.user(Role.EXPLOITATION_COORDINATOR);
    for (ChildSummary c : new ChildSummary[] {girl14, boy16}) {
      UUID id = screenings.start(coordinator, c.id(), "test-screening");
      screenings.save(coordinator, id, 0, ScreeningIntegrationTests.answers("YES", "NO", "NO"));
      screenings.submit(coordinator, id, screenings.open(coordinator, id).version(), null, null);
    }

    assertThat(names(q, filter(null, Sex.FEMALE, null, null))).containsExactly("Ada");
    assertThat(names(q, filter(null, null, AgeBand.FROM_16_TO_17, null))).containsExactly("Ben");
    assertThat(names(q, filter(null, null, AgeBand.FROM_13_TO_15, null))).containsExactly("Ada");
    assertThat(names(q, filter(null, null, null, PlacementType.RESIDENTIAL)))
        .containsExactly("Ben");
    assertThat(names(q, filter(q.districtId(), null, null, null))).containsExactly("Ada");
    assertThat(names(q, TrackerFilter.sortedBy(TrackerSort.NAME, true)))
        .containsExactly("Ben", "Ada");

    // Searching by name narrows the page and the CSV alike; the search stays in the sort links.
    var coordinatorLogin = Pages.signedInAs(users, q.username(Role.EXPLOITATION_COORDINATOR));
    Document page =
        Pages.html(
            mvc.perform(get("/tracker").param("search", "  aDA  ").with(coordinatorLogin))
                .andReturn());
    assertThat(page.select("table.lantern-tracker tbody tr")).hasSize(1);
    assertThat(page.select("table.lantern-tracker tbody").text())
        .contains("Ada")
        .doesNotContain("Ben");
    assertThat(page.select("th a").attr("href")).contains("search=aDA");
    String csv =
        mvc.perform(get("/tracker/export.csv").param("search", "ada").with(coordinatorLogin))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(csv.lines()).hasSize(2);
    assertThat(csv).contains("Ada").doesNotContain("Ben");
  }

  private ChildSummary child(
      TestPartnership q, String given, Sex sex, LocalDate dob, UUID district) {
    return fixtures.child(
        q, aChild(given, "Tracked" + q.suffix()).sex(sex).born(dob).district(district).build());
  }

  private static TrackerFilter filter(
      UUID district, Sex sex, AgeBand age, PlacementType placement) {
    return TrackerFilter.sortedBy(TrackerSort.NAME, false)
        .inDistrict(district)
        .ofSex(sex)
        .agedIn(age)
        .placedIn(placement);
  }

  private List<String> names(TestPartnership q, TrackerFilter filter) {
    return tracker.rows(q.user(Role.EXPLOITATION_COORDINATOR), filter).stream()
        .map(r -> r.child().givenName())
        .toList();
  }

  private int status(Role role, String path) throws Exception {
    return mvc.perform(get(path).with(as(role))).andReturn().getResponse().getStatus();
  }

  private RequestPostProcessor as(Role role) {
    return Pages.signedInAs(users, p.username(role));
  }
}
