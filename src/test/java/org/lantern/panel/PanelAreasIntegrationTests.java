package org.lantern.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditEntry;
import org.lantern.access.AuditLog;
import org.lantern.access.Directory;
import org.lantern.access.Role;
import org.lantern.people.ChildSummary;
import org.lantern.reporting.ReportCards;
import org.lantern.risk.RiskLevel;
import org.lantern.risk.ScreeningTools;
import org.lantern.risk.Screenings;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.MutableClock;
import org.lantern.testing.Pages;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Panels that cover an area of several districts (seed 002 ¶72): the agenda takes the children of
 * every district of the area and none of another; the report card shows each district's own figures
 * beside the area's total; an area with no district, or a district already in another area, is
 * refused by the field with nothing saved; and the panel's annual review (¶73) is recorded, with a
 * bad date refused by its field.
 */
@IntegrationTest
class PanelAreasIntegrationTests {

  static final LocalDate ROUND = LocalDate.of(2026, 5, 12);

  @Autowired Fixtures fixtures;
  @Autowired ScreeningTools tools;
  @Autowired Screenings screenings;
  @Autowired Panels panels;
  @Autowired Meetings meetings;
  @Autowired Minutes minutes;
  @Autowired MinutesApproval approval;
  @Autowired MeetingViews views;
  @Autowired MutableClock clock;
  @Autowired Directory directory;
  @Autowired ReportCards cards;
  @Autowired AnnualReviews reviews;
  @Autowired AuditLog audit;
  @Autowired MockMvc mvc;
  @Autowired UserDetailsService users;

  PanelScenario s;
  TestPartnership p;
  UUID second;
  UUID elsewhere;

  @BeforeEach
  void setUp() {
    s =
        new PanelScenario(
            fixtures, tools, screenings, panels, meetings, minutes, approval, views, clock);
    s.at(ROUND.minusMonths(1));
    p = s.start();
    second = directory.createDistrict(p.id(), "Second " + p.suffix());
    elsewhere = directory.createDistrict(p.id(), "Elsewhere " + p.suffix());
    panels.configure(
        s.coordinator(),
        s.panelId(),
        new Panels.Settings(
            "North " + p.suffix(),
            Set.of(p.districtId(), second),
            s.chair().id(),
            Set.of(p.schoolId(), p.policeId(), p.trustId()),
            2,
            null),
        panels.of(s.coordinator(), s.panelId()).version());
  }

  @Test
  void theAgendaTakesEveryDistrictOfTheAreaAndTheCardShowsEachBesideTheTotal() throws Exception {
    ChildSummary first = fixtures.child(p);
    ChildSummary secondA = inDistrict(second);
    ChildSummary secondB = inDistrict(second);
    ChildSummary outside = inDistrict(elsewhere);
    s.at(ROUND.minusDays(7));
    s.screen(first, RiskLevel.HIGH);
    s.screen(secondA, RiskLevel.MEDIUM);
    s.screen(secondB, RiskLevel.MEDIUM);
    s.screen(outside, RiskLevel.HIGH);

    UUID meeting = s.plannedMeeting(ROUND);
    List<UUID> onAgenda =
        views.agenda(s.coordinator(), meeting).entries().stream()
            .map(AgendaEntry::childId)
            .toList();
    assertThat(onAgenda).containsExactlyInAnyOrder(first.id(), secondA.id(), secondB.id());
    assertThatThrownBy(() -> meetings.add(s.coordinator(), meeting, outside.id(), "Asked to."))
        .isInstanceOf(PanelRuleException.class)
        .hasMessageContaining("panel.error.otherDistrict");

    s.agree(meeting);
    for (UUID child : onAgenda) {
      s.record(meeting, child, "Discussed.", PanelDecision.CONTINUE, PanelScenario.noAction());
    }
    s.approve(meeting);

    ReportCards.Card card = cards.card(s.chair(), meeting, ReportCards.Version.FULL);
    assertThat(card.round().panelName()).isEqualTo("North " + p.suffix());
    assertThat(ReportCardIntegrationTests.column(card, "report.table.level", 0))
        .containsExactly("1", "2", "0", "0", "3");
    assertThat(card.districts())
        .extracting(ReportCards.DistrictFigures::districtName)
        .containsExactly("District " + p.suffix(), "Second " + p.suffix());
    assertThat(levels(card.districts().get(0))).containsExactly("1", "0", "0", "0", "1");
    assertThat(levels(card.districts().get(1))).containsExactly("0", "2", "0", "0", "2");

    Document page =
        Pages.html(
            mvc.perform(get("/panels/report-cards/{id}", meeting).with(as(Role.TEAM_MANAGER)))
                .andReturn());
    assertThat(page.select("h2").eachText())
        .contains(
            "North " + p.suffix() + ": the whole area",
            "District " + p.suffix() + " district",
            "Second " + p.suffix() + " district");
  }

  @Test
  void anAreaWithNoDistrictOrADistrictInAnotherAreaIsRefusedByTheFieldAndNothingIsSaved()
      throws Exception {
    int before = panels.all(s.coordinator()).size();

    Document none = Pages.html(newArea("South " + p.suffix()));
    assertThat(none.select("#districtIds-error").text())
        .contains("Choose at least one district for the panel to cover");
    assertThat(none.select(".govuk-error-summary").text()).contains("Choose at least one district");

    Document taken = Pages.html(newArea("South " + p.suffix(), second.toString()));
    assertThat(taken.select("#districtIds-error").text())
        .contains("A district you chose is in another panel's area");

    Document unnamed = Pages.html(newArea(" ", elsewhere.toString()));
    assertThat(unnamed.select("#name-error").text()).contains("Enter the name of the panel's area");

    assertThat(panels.all(s.coordinator())).hasSize(before);
    assertThat(panels.uncovered(s.coordinator()))
        .extracting(d -> d.id())
        .containsExactly(elsewhere);

    MvcResult made = newArea("South " + p.suffix(), elsewhere.toString());
    assertThat(made.getResponse().getRedirectedUrl()).isEqualTo("/panels");
    assertThat(panels.all(s.coordinator()))
        .filteredOn(v -> v.name().equals("South " + p.suffix()))
        .singleElement()
        .satisfies(
            v -> assertThat(v.districts()).extracting(d -> d.id()).containsExactly(elsewhere));
    assertThat(panels.uncovered(s.coordinator())).isEmpty();
  }

  @Test
  void anAnnualReviewIsRecordedAndABadDateIsRefusedByItsField() throws Exception {
    s.at(ROUND);
    Document future =
        Pages.html(
            review(ROUND.plusDays(1), "Police and health value the locality briefing.")
                .andReturn());
    assertThat(future.select("#reviewedOn-error").text())
        .contains("The date of the review cannot be in the future");
    Document blank = Pages.html(review(ROUND.minusDays(3), " ").andReturn());
    assertThat(blank.select("#feedback-error").text()).contains("Enter the partners' feedback");
    assertThat(reviews.of(s.coordinator(), s.panelId())).isEmpty();

    MvcResult saved =
        review(ROUND.minusDays(3), "Police and health value the locality briefing.").andReturn();
    assertThat(saved.getResponse().getRedirectedUrl())
        .isEqualTo("/panels/" + s.panelId() + "/reviews");
    assertThat(reviews.of(s.coordinator(), s.panelId()))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.reviewedOn()).isEqualTo(ROUND.minusDays(3));
              assertThat(r.feedback()).contains("locality briefing");
              assertThat(r.agreed())
                  .isEqualTo("Children seen three times go to the county manager.");
            });
    Document page =
        Pages.html(
            mvc.perform(
                    get("/panels/{id}/reviews", s.panelId())
                        .with(as(Role.EXPLOITATION_COORDINATOR)))
                .andReturn());
    assertThat(page.text()).contains("Review of 9 May 2026").contains("locality briefing");
    List<AuditEntry> entries = new ArrayList<>();
    audit.forPartnership(
        p.id(), Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"), entries::add);
    assertThat(entries)
        .anySatisfy(
            e -> {
              assertThat(e.action()).isEqualTo(AuditAction.MANAGE_PANELS);
              assertThat(e.purpose()).isEqualTo("record an annual review");
            });
  }

  private ResultActions review(LocalDate on, String feedback) throws Exception {
    s.at(ROUND);
    return mvc.perform(
        post("/panels/{id}/reviews", s.panelId())
            .with(as(Role.EXPLOITATION_COORDINATOR))
            .with(csrf())
            .param("reviewedOn.day", String.valueOf(on.getDayOfMonth()))
            .param("reviewedOn.month", String.valueOf(on.getMonthValue()))
            .param("reviewedOn.year", String.valueOf(on.getYear()))
            .param("feedback", feedback)
            .param("recommendations", "Split the agenda into discussion and noting.")
            .param("agreed", "Children seen three times go to the county manager."));
  }

  private MvcResult newArea(String name, String... districts) throws Exception {
    return mvc.perform(
            post("/panels/new")
                .with(as(Role.EXPLOITATION_COORDINATOR))
                .with(csrf())
                .param("version", "0")
                .param("name", name)
                .param("districtIds", districts)
                .param("intervalMonths", "2"))
        .andReturn();
  }

  private ChildSummary inDistrict(UUID district) {
    return fixtures.aChild(p).district(district).persisted();
  }

  private static List<String> levels(ReportCards.DistrictFigures figures) {
    return figures.figures().tables().stream()
        .filter(t -> t.title().messageKey().equals("report.table.level"))
        .findFirst()
        .map(
            t -> {
              List<String> cells =
                  new ArrayList<>(t.lines().stream().map(l -> l.current().text()).toList());
              cells.add(t.total().current().text());
              return cells;
            })
        .orElseThrow();
  }

  private RequestPostProcessor as(Role role) {
    return Pages.signedInAs(users, p.username(role));
  }
}
