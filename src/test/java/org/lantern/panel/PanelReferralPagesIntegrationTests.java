package org.lantern.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.access.Role;
import org.lantern.people.ChildSummary;
import org.lantern.risk.RiskLevel;
import org.lantern.risk.ScreeningTools;
import org.lantern.risk.Screenings;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.MutableClock;
import org.lantern.testing.Pages;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A partner's referral straight to panel through the pages: "refer to panel" on the child's file
 * for the coordinator, the referral received, accepted onto the planned meeting or declined with a
 * reason (refused by the field without one); and the level the panel agrees on the presentation
 * form, refused by its field when it is not on the scale or differs from the screening without a
 * reason.
 */
@IntegrationTest
class PanelReferralPagesIntegrationTests {

  static final LocalDate MEETING = LocalDate.of(2026, 6, 9);

  @Autowired Fixtures fixtures;
  @Autowired ScreeningTools tools;
  @Autowired Screenings screenings;
  @Autowired Panels panels;
  @Autowired Meetings meetings;
  @Autowired Minutes minutes;
  @Autowired MinutesApproval approval;
  @Autowired MeetingViews views;
  @Autowired DirectReferrals referrals;
  @Autowired MutableClock clock;
  @Autowired JdbcTemplate jdbc;
  @Autowired MockMvc mvc;
  @Autowired UserDetailsService users;

  PanelScenario s;
  TestPartnership p;

  @BeforeEach
  void setUp() {
    s =
        new PanelScenario(
            fixtures, tools, screenings, panels, meetings, minutes, approval, views, clock);
    s.at(MEETING.minusMonths(1));
    p = s.start();
  }

  @Test
  void theCoordinatorRefersFromTheFileThenAcceptsOntoThePlannedMeetingOrDeclinesWithAReason()
      throws Exception {
    ChildSummary child = fixtures.child(p);
    ChildSummary other = fixtures.child(p);
    UUID meeting = s.plannedMeeting(MEETING);
    s.at(MEETING.minusDays(14));

    Document file = page("/children/" + child.id());
    assertThat(file.select("a[href=/panel-referrals/new?childId=" + child.id() + "]").text())
        .isEqualTo("Record a partner's referral of this child to panel");

    MvcResult recorded = refer(child);
    assertThat(recorded.getResponse().getRedirectedUrl()).isEqualTo("/panel-referrals");
    refer(other);
    Document waiting = page("/panel-referrals");
    assertThat(waiting.select(".govuk-summary-card__title").eachText())
        .containsExactly(child.name(), other.name());

    UUID first = referrals.received(s.coordinator()).getFirst().id();
    MvcResult accepted =
        mvc.perform(
                post("/panel-referrals/{id}/accept", first)
                    .with(as(Role.EXPLOITATION_COORDINATOR))
                    .with(csrf())
                    .param("version", "0"))
            .andReturn();
    assertThat(accepted.getFlashMap().get("accepted"))
        .isEqualTo(
            "The referral is accepted: the child is on the agenda of the meeting of 9 June 2026.");
    assertThat(views.agenda(s.coordinator(), meeting).entries())
        .extracting(AgendaEntry::childId)
        .containsExactly(child.id());

    UUID second = referrals.received(s.coordinator()).getFirst().id();
    Document blank =
        Pages.html(
            mvc.perform(
                    post("/panel-referrals/{id}/decline", second)
                        .with(as(Role.EXPLOITATION_COORDINATOR))
                        .with(csrf())
                        .param("version", "0")
                        .param("reason", " "))
                .andReturn());
    assertThat(blank.select("#reason-error").text()).contains("Enter why the referral is declined");
    assertThat(referrals.received(s.coordinator())).hasSize(1);

    mvc.perform(
        post("/panel-referrals/{id}/decline", second)
            .with(as(Role.EXPLOITATION_COORDINATOR))
            .with(csrf())
            .param("version", "0")
            .param("reason", "Already managed through the child protection plan."));
    assertThat(referrals.received(s.coordinator())).isEmpty();
    assertThat(views.agenda(s.coordinator(), meeting).entries())
        .extracting(AgendaEntry::childId)
        .containsExactly(child.id());
  }

  @Test
  void aLevelNotOnTheScaleOrAnotherLevelWithoutAReasonIsRefusedByItsField() throws Exception {
    ChildSummary child = fixtures.child(p);
    s.at(MEETING.minusDays(7));
    s.screen(child, RiskLevel.MEDIUM);
    UUID meeting = s.plannedMeeting(MEETING);
    s.agree(meeting);
    s.at(MEETING);
    String form = "/panel-meetings/" + meeting + "/children/" + child.id();

    Document shown = page(form);
    assertThat(shown.select("input[name=agreedLevel][checked]").val()).isEqualTo("MEDIUM");
    assertThat(shown.select("#agreedLevel-hint").text()).contains("last screening says Medium");

    Document unknown = Pages.html(present(form, "SEVERE", null).andReturn());
    assertThat(unknown.select("#agreedLevel-error").text())
        .contains("Choose a level from the screening tool's scale");
    Document noReason = Pages.html(present(form, "HIGH", "").andReturn());
    assertThat(noReason.select("#levelReason-error").text())
        .contains("Say why the panel's level differs from the screening");
    assertThat(views.minutes(s.coordinator(), meeting).children().getFirst().presentation())
        .isNull();

    present(form, "HIGH", "Seen with an adult named on a notice since the screening.");
    Document minutesPage = page("/panel-meetings/" + meeting + "/minutes");
    assertThat(minutesPage.text())
        .contains(
            "The panel agreed High; the last screening said Medium. Why: Seen with an adult"
                + " named on a notice since the screening.");
  }

  @Test
  void anAmendmentOnTheFormChangesTheAgreedLevelWithItsReason() throws Exception {
    ChildSummary child = fixtures.child(p);
    s.at(MEETING.minusDays(7));
    s.screen(child, RiskLevel.MEDIUM);
    UUID meeting = s.plannedMeeting(MEETING);
    s.agree(meeting);
    s.at(MEETING);
    s.present(meeting, child, PanelDecision.CONTINUE);
    s.approve(meeting);
    String form = "/panel-meetings/" + meeting + "/children/" + child.id();

    Document shown = page(form);
    assertThat(shown.select("input[name=agreedLevel][checked]").val()).isEqualTo("MEDIUM");
    mvc.perform(
        post(form)
            .with(as(Role.EXPLOITATION_COORDINATOR))
            .with(csrf())
            .param(
                "version",
                String.valueOf(
                    views
                        .minutes(s.coordinator(), meeting)
                        .children()
                        .getFirst()
                        .presentation()
                        .version()))
            .param("discussion", "Discussed at panel.")
            .param("decision", PanelDecision.CONTINUE.name())
            .param("agreedLevel", "HIGH")
            .param("reason", "Police intelligence after the meeting."));

    MinutesView.Presentation amended =
        views.minutes(s.coordinator(), meeting).children().getFirst().presentation();
    assertThat(amended.level()).isEqualTo(RiskLevel.HIGH);
    assertThat(amended.levelReason()).isEqualTo("Police intelligence after the meeting.");
    assertThat(page("/panel-meetings/" + meeting + "/minutes").text())
        .contains("Level agreed changed from Medium to High");
  }

  private ResultActions present(String form, String level, @Nullable String reason)
      throws Exception {
    var request =
        post(form)
            .with(as(Role.EXPLOITATION_COORDINATOR))
            .with(csrf())
            .param("version", String.valueOf(Minutes.NONE))
            .param("discussion", "Discussed.")
            .param("decision", PanelDecision.CONTINUE.name())
            .param("agreedLevel", level);
    if (reason != null) {
      request.param("levelReason", reason);
    }
    return mvc.perform(request);
  }

  private MvcResult refer(ChildSummary child) throws Exception {
    return mvc.perform(
            post("/panel-referrals")
                .with(as(Role.EXPLOITATION_COORDINATOR))
                .with(csrf())
                .param("childId", child.id().toString())
                .param("agencyId", p.policeId().toString())
                .param("partnerLevel", "HIGH")
                .param("referrerName", "PC Example")
                .param("reason", "Seen getting into cars outside the school."))
        .andReturn();
  }

  @Test
  void theCoordinatorFindsTheChildToReferWithFindAChildNotFromAListOfTheWholeTracker()
      throws Exception {
    ChildSummary child = fixtures.child(p);

    Document panelsPage = page("/panel-referrals");
    assertThat(panelsPage.select("main a[href*=for=panel]").text())
        .isEqualTo("Record a partner's referral to panel");
    Document found = page("/children/find?for=panel&search=1&child.nhsNumber=" + child.nhsNumber());
    assertThat(found.select("h1").text()).isEqualTo("Find the child to refer to panel");
    assertThat(found.select("tbody a").attr("href"))
        .isEqualTo("/panel-referrals/new?childId=" + child.id());

    Document form = page("/panel-referrals/new?childId=" + child.id());
    assertThat(form.select("select[name=childId]")).isEmpty();
    assertThat(form.select("input[type=hidden][name=childId]").val())
        .isEqualTo(child.id().toString());
    assertThat(form.select("main").text()).contains(child.name());
    assertThat(form.select("button[name=chooseChild]").text())
        .isEqualTo("Choose a different child");

    Document none =
        Pages.html(
            mvc.perform(
                    post("/panel-referrals")
                        .with(as(Role.EXPLOITATION_COORDINATOR))
                        .with(csrf())
                        .param("childId", "")
                        .param("agencyId", p.policeId().toString())
                        .param("reason", "Seen getting into cars outside the school."))
                .andReturn());
    assertThat(none.select(".govuk-error-summary a").attr("href")).isEqualTo("#childId");
    assertThat(none.select("a#childId").text()).isEqualTo("Find the child");
    assertThat(none.select("#reason").text())
        .isEqualTo("Seen getting into cars outside the school.");
  }

  @Test
  void anEmptyReferralFormNamesEveryMissingFieldAtOnceAndRecordsNothing() throws Exception {
    Document empty =
        Pages.html(
            mvc.perform(
                    post("/panel-referrals")
                        .with(as(Role.EXPLOITATION_COORDINATOR))
                        .with(csrf())
                        .param("childId", "")
                        .param("agencyId", "")
                        .param("referrerName", " ")
                        .param("reason", ""))
                .andReturn());

    assertThat(empty.select(".govuk-error-summary a").eachAttr("href"))
        .as("the GOV.UK error summary lists every problem, in the form's order")
        .containsExactly("#childId", "#agencyId", "#partnerLevel", "#referrerName", "#reason");
    assertThat(empty.select("#agencyId-error").text())
        .contains("Choose the agency making the referral");
    assertThat(empty.select("#referrerName-error").text()).isNotBlank();
    assertThat(empty.select("#reason-error").text()).isNotBlank();
    assertThat(empty.select("#partnerLevel-error").text()).isNotBlank();
    assertThat(referrals.received(s.coordinator())).isEmpty();
  }

  /**
   * "Choose a different child" used to be a link: whatever the coordinator had typed about the
   * referral was lost on the way to the search. It is kept for the session (never in a URL) and
   * comes back with the child chosen next; another person's session never sees it.
   */
  @Test
  void whatIsTypedComesBackWithTheChildChosenInstead() throws Exception {
    ChildSummary first = fixtures.child(p);
    ChildSummary instead = fixtures.child(p);
    MvcResult toSearch =
        mvc.perform(
                post("/panel-referrals")
                    .with(as(Role.EXPLOITATION_COORDINATOR))
                    .with(csrf())
                    .param("chooseChild", "true")
                    .param("childId", first.id().toString())
                    .param("agencyId", p.policeId().toString())
                    .param("partnerLevel", "HIGH")
                    .param("referrerName", "DS Example")
                    .param("reason", "Seen getting into cars outside the school."))
            .andReturn();
    assertThat(toSearch.getResponse().getRedirectedUrl()).isEqualTo("/children/find?for=panel");
    assertThat(toSearch.getResponse().getRedirectedUrl()).doesNotContain("cars");
    Cookie sessionCookie =
        Arrays.stream(toSearch.getResponse().getCookies())
            .filter(c -> c.getName().contains("SESSION"))
            .findFirst()
            .orElseThrow();

    Document form =
        Pages.html(
            mvc.perform(
                    get("/panel-referrals/new?childId=" + instead.id())
                        .cookie(sessionCookie)
                        .with(as(Role.EXPLOITATION_COORDINATOR)))
                .andReturn());
    assertThat(form.select("input[type=hidden][name=childId]").val())
        .isEqualTo(instead.id().toString());
    assertThat(form.select("#reason").text())
        .isEqualTo("Seen getting into cars outside the school.");
    assertThat(form.select("#referrerName").val()).isEqualTo("DS Example");
    assertThat(form.select("#agencyId option[selected]").val()).isEqualTo(p.policeId().toString());
    assertThat(form.select("input[name=partnerLevel][checked]").val()).isEqualTo("HIGH");
    assertThat(referrals.received(s.coordinator())).noneMatch(r -> r.childId().equals(first.id()));

    Document again = page("/panel-referrals/new?childId=" + instead.id());
    assertThat(again.select("#reason").text()).as("a draft is used once").isEmpty();
  }

  /** A role that may not record referrals is refused keeping a draft, and the refusal audited. */
  @Test
  void aTeacherCannotKeepADraftReferral() throws Exception {
    Integer before =
        jdbc.queryForObject(
            "select count(*) from audit_event where user_id = ? and outcome = 'REFUSED'",
            Integer.class,
            p.user(Role.PRACTITIONER).id());
    MvcResult refused =
        mvc.perform(
                post("/panel-referrals")
                    .with(as(Role.PRACTITIONER))
                    .with(csrf())
                    .param("chooseChild", "true")
                    .param("reason", "Seen getting into cars outside the school."))
            .andReturn();
    assertThat(refused.getResponse().getStatus()).isEqualTo(403);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from audit_event where user_id = ? and outcome = 'REFUSED'",
                Integer.class,
                p.user(Role.PRACTITIONER).id()))
        .isEqualTo(before + 1);
  }

  private Document page(String path) throws Exception {
    return Pages.html(mvc.perform(get(path).with(as(Role.EXPLOITATION_COORDINATOR))).andReturn());
  }

  private RequestPostProcessor as(Role role) {
    return Pages.signedInAs(users, p.username(role));
  }
}
