package org.lantern.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditLog;
import org.lantern.access.Role;
import org.lantern.people.ChildFile;
import org.lantern.people.ChildSummary;
import org.lantern.people.CrossBorder;
import org.lantern.people.PlacementType;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The panel's pages: which roles reach which, bad input shown next to its field with nothing saved,
 * and a cross-border placement's worker recorded on the placement page and invited to the panel.
 */
@IntegrationTest
class PanelPagesIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService users;
  @Autowired Fixtures fixtures;
  @Autowired ScreeningTools tools;
  @Autowired Screenings screenings;
  @Autowired Panels panels;
  @Autowired Meetings meetings;
  @Autowired Minutes minutes;
  @Autowired MinutesApproval approval;
  @Autowired MeetingViews views;
  @Autowired ChildFile files;
  @Autowired MutableClock clock;

  static PanelScenario s;
  static TestPartnership p;
  static UUID meetingId;

  @BeforeEach
  void setUp() {
    if (p == null) {
      s =
          new PanelScenario(
              fixtures, tools, screenings, panels, meetings, minutes, approval, views, clock);
      s.at(LocalDate.of(2026, 2, 1));
      p = s.start();
      meetingId = s.plannedMeeting(LocalDate.of(2026, 3, 11));
    }
    clock.reset();
  }

  @ParameterizedTest(name = "{0}: panels {1}, agenda {2}, packs {3}, escalations {4}, actions {5}")
  @CsvSource({
    "EXPLOITATION_COORDINATOR, 200, 200, 200, 200, 200",
    "PARTNERSHIP_ADMIN, 200, 403, 403, 403, 200",
    "TEAM_MANAGER, 403, 403, 200, 200, 200",
    "PANEL_MEMBER, 403, 403, 200, 403, 200",
    "POLICE, 403, 403, 403, 403, 200",
    "SOCIAL_WORKER, 403, 403, 403, 403, 200",
    "STRATEGIC_LEAD, 403, 403, 403, 403, 200",
    "COUNCILLOR, 403, 403, 403, 403, 200"
  })
  void eachRoleReachesOnlyItsPanelPages(
      Role role, int panelsPage, int agenda, int packs, int escalations, int actions)
      throws Exception {
    assertThat(status(role, "/panels")).isEqualTo(panelsPage);
    assertThat(status(role, "/panel-meetings/" + meetingId)).isEqualTo(agenda);
    assertThat(status(role, "/panel-packs")).isEqualTo(packs);
    assertThat(status(role, "/escalations")).isEqualTo(escalations);
    assertThat(status(role, "/panel-actions")).isEqualTo(actions);
  }

  @Test
  void aPanelMemberOfAnotherAgencyCannotReadThePack() throws Exception {
    s.agree(meetingId);
    assertThat(status(Role.PANEL_MEMBER, "/panel-meetings/" + meetingId + "/pack")).isEqualTo(200);
    panels.configure(
        s.coordinator(),
        s.panelId(),
        s.settings(s.chair().id(), Set.of(p.policeId()), 2, null),
        panels.of(s.coordinator(), s.panelId()).version());
    try {
      assertThat(status(Role.PANEL_MEMBER, "/panel-meetings/" + meetingId + "/pack"))
          .isEqualTo(403);
    } finally {
      panels.configure(
          s.coordinator(),
          s.panelId(),
          s.settings(s.chair().id(), Set.of(p.schoolId(), p.policeId(), p.trustId()), 2, null),
          panels.of(s.coordinator(), s.panelId()).version());
    }
  }

  @Test
  void aBadPanelSettingIsShownNextToItsFieldAndNothingChanges() throws Exception {
    long version = panels.of(s.coordinator(), s.panelId()).version();
    MvcResult result =
        mvc.perform(
                post("/panels/" + s.panelId())
                    .with(as(Role.EXPLOITATION_COORDINATOR))
                    .with(csrf())
                    .param("version", String.valueOf(version))
                    .param("name", s.area())
                    .param("districtIds", p.districtId().toString())
                    .param("chairUserId", s.chair().id().toString())
                    .param("intervalMonths", "0"))
            .andReturn();
    Document page = Pages.html(result);
    assertThat(page.select(".govuk-error-summary").text())
        .contains("Enter how often the panel meets, from 1 to 12 months");
    assertThat(page.select("#intervalMonths-error").text()).contains("from 1 to 12 months");
    assertThat(panels.of(s.coordinator(), s.panelId()).intervalMonths()).isEqualTo(2);
    assertThat(panels.of(s.coordinator(), s.panelId()).version()).isEqualTo(version);
  }

  /** A number or date the form cannot read no longer hides the panel's other problems. */
  @Test
  void aMistypedIntervalIsNamedWithTheOtherProblemsAndNothingChanges() throws Exception {
    long version = panels.of(s.coordinator(), s.panelId()).version();
    MvcResult result =
        mvc.perform(
                post("/panels/" + s.panelId())
                    .with(as(Role.EXPLOITATION_COORDINATOR))
                    .with(csrf())
                    .param("version", String.valueOf(version))
                    .param("name", "")
                    .param("chairUserId", s.chair().id().toString())
                    .param("intervalMonths", "two")
                    .param("nextMeetingOn.day", "30")
                    .param("nextMeetingOn.month", "2")
                    .param("nextMeetingOn.year", "2027"))
            .andReturn();
    Document page = Pages.html(result);
    assertThat(page.select(".govuk-error-summary a").eachAttr("href"))
        .containsExactlyInAnyOrder("#name", "#districtIds", "#intervalMonths", "#nextMeetingOn");
    assertThat(panels.of(s.coordinator(), s.panelId()).intervalMonths()).isEqualTo(2);
    assertThat(panels.of(s.coordinator(), s.panelId()).version()).isEqualTo(version);
  }

  @Test
  void aChildPlacedHereHasTheirWorkerInvitedToThePanel() throws Exception {
    ChildSummary child = fixtures.child(p);
    s.at(LocalDate.of(2026, 3, 1));
    s.screen(child, RiskLevel.HIGH);
    clock.reset();

    MvcResult refused =
        mvc.perform(
                post("/children/" + child.id() + "/placement")
                    .with(as(Role.EXPLOITATION_COORDINATOR))
                    .with(csrf())
                    .param("placement", PlacementType.RESIDENTIAL.name())
                    .param("responsibility", "PLACED_HERE_BY_ANOTHER_AUTHORITY")
                    .param("startedOn.day", "1")
                    .param("startedOn.month", "11")
                    .param("startedOn.year", "2026")
                    .param("contactName", "Ash Example"))
            .andReturn();
    assertThat(Pages.html(refused).select("#authorityName-error").text())
        .contains("Enter the authority that placed the child here");

    mvc.perform(
            post("/children/" + child.id() + "/placement")
                .with(as(Role.EXPLOITATION_COORDINATOR))
                .with(csrf())
                .param("placement", PlacementType.RESIDENTIAL.name())
                .param("responsibility", "PLACED_HERE_BY_ANOTHER_AUTHORITY")
                .param("startedOn.day", "1")
                .param("startedOn.month", "11")
                .param("startedOn.year", "2026")
                .param("authorityName", "Eastbrook Borough Council")
                .param("contactName", "Ash Example")
                .param("contactEmail", "ash@example.org"))
        .andReturn();
    assertThat(files.open(s.coordinator(), child.id()).crossBorder())
        .isEqualTo(
            new CrossBorder(
                "Eastbrook Borough Council", "Ash Example", "ash@example.org", null, null, null));

    meetings.add(s.coordinator(), meetingId, child.id(), "Placed here last month.");
    assertThat(views.agenda(s.coordinator(), meetingId).invitees())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.workerName()).isEqualTo("Ash Example");
              assertThat(i.authority()).isEqualTo("Eastbrook Borough Council");
              assertThat(i.childId()).isEqualTo(child.id());
            });
    Document agenda =
        Pages.html(
            mvc.perform(get("/panel-meetings/" + meetingId).with(as(Role.EXPLOITATION_COORDINATOR)))
                .andReturn());
    assertThat(agenda.text())
        .contains("Ash Example (Eastbrook Borough Council) for " + child.name());
  }

  @Test
  void aPanelWithItsNextMeetingPlannedOpensItInsteadOfPlanningAnother() throws Exception {
    Document page =
        Pages.html(mvc.perform(get("/panels").with(as(Role.EXPLOITATION_COORDINATOR))).andReturn());
    assertThat(page.select("a[href=/panel-meetings/" + meetingId + "]").eachText())
        .contains("Open the next meeting, 11 March 2026 (Planned)");
    Element card =
        page.select("a[href=/panel-meetings/" + meetingId + "]")
            .first()
            .closest(".govuk-summary-card");
    assertThat(card.select("form[action$=/meetings]"))
        .as("a district with a planned meeting does not offer to plan another")
        .isEmpty();
  }

  @Test
  void draftMinutesRefuseAnActionDueBeforeTheMeetingNextToTheField() throws Exception {
    ChildSummary child = fixtures.child(p);
    meetings.add(s.coordinator(), meetingId, child.id(), "For the test.");
    MvcResult result =
        mvc.perform(
                post("/panel-meetings/" + meetingId + "/children/" + child.id())
                    .with(as(Role.EXPLOITATION_COORDINATOR))
                    .with(csrf())
                    .param("discussion", "Talked.")
                    .param("decision", "CONTINUE")
                    .param("actionDescription", "Visit")
                    .param("actionOwnerName", "A. Worker")
                    .param("actionDue.day", "10")
                    .param("actionDue.month", "3")
                    .param("actionDue.year", "2026"))
            .andReturn();
    assertThat(Pages.html(result).select("#actionDue-error").text())
        .contains("The due date must be on or after the date of the meeting");
    assertThat(views.minutes(s.coordinator(), meetingId).children())
        .filteredOn(c -> c.entry().childId().equals(child.id()))
        .singleElement()
        .satisfies(c -> assertThat(c.presentation()).isNull());
  }

  @Test
  void presentingOneChildReadsAndAuditsOnlyThatChild() throws Exception {
    ChildSummary presented = fixtures.child(p);
    ChildSummary other = fixtures.child(p);
    UUID meetingId = s.plannedMeeting(LocalDate.of(2026, 5, 13));
    clock.reset();
    meetings.add(s.coordinator(), meetingId, presented.id(), "Audit test, presented.");
    meetings.add(s.coordinator(), meetingId, other.id(), "Audit test, not presented.");
    s.agree(meetingId);
    s.at(LocalDate.of(2026, 5, 13)); // minutes open on the meeting's day
    int otherBefore = audit.forChild(other.id()).size();
    int presentedBefore = audit.forChild(presented.id()).size();

    mvc.perform(
            get("/panel-meetings/" + meetingId + "/children/" + presented.id())
                .with(as(Role.EXPLOITATION_COORDINATOR)))
        .andReturn();
    MvcResult result =
        mvc.perform(
                post("/panel-meetings/" + meetingId + "/children/" + presented.id())
                    .with(as(Role.EXPLOITATION_COORDINATOR))
                    .with(csrf())
                    .param("discussion", "Talked about this child only.")
                    .param("decision", "CONTINUE"))
            .andReturn();

    assertThat(result.getResponse().getRedirectedUrl())
        .isEqualTo("/panel-meetings/" + meetingId + "/minutes");
    assertThat(audit.forChild(presented.id()))
        .hasSizeGreaterThan(presentedBefore)
        .anySatisfy(e -> assertThat(e.purpose()).isEqualTo("panel minutes"))
        .anySatisfy(e -> assertThat(e.purpose()).isEqualTo("record panel presentation"));
    assertThat(audit.forChild(other.id()))
        .as("the form for one child, and its POST, read no other child on the agenda")
        .hasSize(otherBefore);
  }

  @Test
  void thePackComesAsAPdfForMembersAuditedPerChild() throws Exception {
    ChildSummary child = fixtures.child(p);
    s.at(LocalDate.of(2026, 3, 1));
    s.screen(child, RiskLevel.MEDIUM);
    clock.reset();
    meetings.add(s.coordinator(), meetingId, child.id(), "Pack PDF test.");

    MvcResult result =
        mvc.perform(get("/panel-meetings/" + meetingId + "/pack.pdf").with(as(Role.TEAM_MANAGER)))
            .andReturn();

    assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");
    assertThat(result.getResponse().getHeader("Cache-Control")).contains("no-store");
    try (PDDocument pdf = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
      String text = new PDFTextStripper().getText(pdf);
      assertThat(text).contains(child.name()).contains("Medium").contains("OFFICIAL-SENSITIVE");
    }
    assertThat(audit.forChild(child.id()))
        .anySatisfy(
            e -> {
              assertThat(e.action()).isEqualTo(AuditAction.VIEW_PANEL_PACK);
              assertThat(e.purpose()).isEqualTo("panel pack PDF");
              assertThat(e.userId()).isEqualTo(p.user(Role.TEAM_MANAGER).id());
            });
    assertThat(status(Role.POLICE, "/panel-meetings/" + meetingId + "/pack.pdf")).isEqualTo(403);
  }

  @Autowired AuditLog audit;

  private int status(Role role, String path) throws Exception {
    return mvc.perform(get(path).with(as(role))).andReturn().getResponse().getStatus();
  }

  private RequestPostProcessor as(Role role) {
    return Pages.signedInAs(users, p.username(role));
  }
}
