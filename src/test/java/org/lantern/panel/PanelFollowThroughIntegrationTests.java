package org.lantern.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lantern.risk.RiskLevel.HIGH;
import static org.lantern.risk.RiskLevel.MEDIUM;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.access.Role;
import org.lantern.notify.AlertRule;
import org.lantern.notify.Alerts;
import org.lantern.people.ChildSummary;
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

/**
 * What follows a panel decision: a partner whose referral to panel is declined is told in their
 * inbox with the reason (and nobody else is); an amendment of approved minutes that changes the
 * level the panel agreed makes it the panel's level, with the amendment's reason, and the
 * escalation rule reads it.
 */
@IntegrationTest
class PanelFollowThroughIntegrationTests {

  static final LocalDate FIRST = LocalDate.of(2026, 3, 10);

  @Autowired Fixtures fixtures;
  @Autowired ScreeningTools tools;
  @Autowired Screenings screenings;
  @Autowired Panels panels;
  @Autowired Meetings meetings;
  @Autowired Minutes minutes;
  @Autowired MinutesApproval approval;
  @Autowired MeetingViews views;
  @Autowired EscalationReview review;
  @Autowired DirectReferrals referrals;
  @Autowired Alerts alerts;
  @Autowired MutableClock clock;
  @Autowired MockMvc mvc;
  @Autowired UserDetailsService users;

  PanelScenario s;
  TestPartnership p;

  @BeforeEach
  void setUp() {
    s =
        new PanelScenario(
            fixtures, tools, screenings, panels, meetings, minutes, approval, views, clock);
    s.at(FIRST.minusMonths(1));
    p = s.start();
  }

  @Test
  void aDeclinedReferralTellsThePartnerWhoMadeItWithTheReason() throws Exception {
    ChildSummary child = fixtures.child(p);
    String referrer = p.user(Role.POLICE).displayName();
    UUID referral =
        referrals.record(
            s.coordinator(), child.id(), p.policeId(), referrer, "Seen with older men.", HIGH);
    UUID other =
        referrals.record(
            s.coordinator(), child.id(), p.trustId(), "Nurse Nobody", "Seen at A&E.", HIGH);

    referrals.decline(s.coordinator(), referral, "Already on the agenda through the tracker.", 0);
    referrals.decline(s.coordinator(), other, "Open to the service already.", 0);

    assertThat(alerts.mine(p.user(Role.POLICE)))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.childId()).isEqualTo(child.id());
              assertThat(a.rules()).containsExactly(AlertRule.PANEL_REFERRAL_DECLINED);
              assertThat(a.detail()).isEqualTo("Already on the agenda through the tracker.");
              assertThat(a.detailIsReason()).isTrue();
            });
    assertThat(alerts.mine(p.user(Role.HEALTH_SAFEGUARDING_LEAD)))
        .as("nobody at the trust carries the referrer's name")
        .isEmpty();
    assertThat(alerts.mine(s.coordinator())).isEmpty();
    Document inbox =
        Pages.html(
            mvc.perform(get("/inbox").with(Pages.signedInAs(users, p.username(Role.POLICE))))
                .andReturn());
    assertThat(inbox.select(".lantern-alerts").text())
        .contains(child.name())
        .contains("Your referral to panel was declined")
        .contains("Why: Already on the agenda through the tracker.")
        .contains("Open the child's record");
  }

  @Test
  void anAmendmentChangingTheAgreedLevelMakesItThePanelsLevelWithTheAmendmentsReason() {
    ChildSummary child = fixtures.child(p);
    s.round(FIRST, Map.of(child, HIGH));
    s.round(FIRST.plusMonths(2), Map.of(child, HIGH));
    UUID third = s.round(FIRST.plusMonths(4), Map.of(child, MEDIUM));
    assertThat(escalations(child)).as("a reduction at the third").isEmpty();

    String why = "Police intelligence after the meeting: the contact with the adult went on.";
    s.amendLevel(third, child.id(), PanelDecision.CONTINUE, HIGH, why);

    MinutesView view = views.minutes(s.coordinator(), third);
    MinutesView.Presentation amended = view.children().getFirst().presentation();
    assertThat(amended.level()).isEqualTo(HIGH);
    assertThat(amended.screeningLevel()).isEqualTo(MEDIUM);
    assertThat(amended.levelReason()).isEqualTo(why);
    assertThat(view.amendments())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.reason()).isEqualTo(why);
              assertThat(a.changes()).isEqualTo("Level agreed changed from Medium to High");
            });
    assertThat(escalations(child))
        .as("three presentations at high now: the rule reads the amended level")
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.presentations())
                    .extracting(EscalationView.Step::meetingOn)
                    .containsExactly(FIRST, FIRST.plusMonths(2), FIRST.plusMonths(4)));

    s.amendLevel(third, child.id(), PanelDecision.CONTINUE, MEDIUM, "Back to the screening.");
    MinutesView.Presentation back =
        views.minutes(s.coordinator(), third).children().getFirst().presentation();
    assertThat(back.level()).isEqualTo(MEDIUM);
    assertThat(back.levelReason()).as("the screening's level needs no reason").isNull();
    assertThat(escalations(child)).as("an escalation is never withdrawn by itself").hasSize(1);
  }

  private List<EscalationView> escalations(ChildSummary child) {
    return review.list(s.chair()).stream().filter(e -> e.childId().equals(child.id())).toList();
  }
}
