package org.lantern.panel;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lantern.access.Role;
import org.lantern.people.ChildSummary;
import org.lantern.risk.RiskLevel;
import org.lantern.risk.ScreeningTools;
import org.lantern.risk.Screenings;
import org.lantern.testing.BrowserJourney;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The panel pack in the browser: before the coordinator agrees the agenda a panel member is told it
 * is not agreed yet (and the minutes are not open before the meeting day); the coordinator puts a
 * child for noting and agrees; the member reads each child's one-page summary and the children for
 * noting. Each page is checked with axe.
 */
class PanelPackJourneyTests extends BrowserJourney {

  @Autowired ScreeningTools tools;
  @Autowired Screenings screenings;
  @Autowired Panels panels;
  @Autowired Meetings meetings;
  @Autowired Minutes minutes;
  @Autowired MinutesApproval approval;
  @Autowired MeetingViews views;

  @Test
  void theMemberReadsTheSummaryOnlyOnceTheAgendaIsAgreed() {
    clock.reset();
    PanelScenario s =
        new PanelScenario(
            fixtures, tools, screenings, panels, meetings, minutes, approval, views, clock);
    TestPartnership p = s.start();
    ChildSummary discussed = fixtures.child(p);
    ChildSummary noted = fixtures.child(p);
    s.screenSaying(discussed, "They said I owe them for the phone.");
    s.screen(noted, RiskLevel.MEDIUM);
    LocalDate meetingOn = today().plusDays(7);
    UUID meetingId = meetings.plan(s.coordinator(), s.panelId(), meetingOn);
    meetings.build(s.coordinator(), meetingId);

    // Before the agenda is agreed a member is told so, and sees no child.
    signIn(p.username(Role.PANEL_MEMBER));
    visit("/panel-meetings/" + meetingId + "/pack");
    assertThat(page.locator("#pack-not-agreed")).containsText("The agenda is not agreed yet");
    assertThat(page.locator("body")).not().containsText(discussed.name());
    assertAccessible();
    signOut();

    // The coordinator puts one child for noting and agrees the agenda; minutes are not open yet.
    signIn(p.username(Role.EXPLOITATION_COORDINATOR));
    visit("/panel-meetings/" + meetingId);
    button("Move to for noting " + noted.name()).click();
    assertThat(page.locator(".govuk-notification-banner--success")).containsText("for noting");
    assertAccessible();
    button("Agree agenda and send the pack").click();
    assertThat(page.locator(".govuk-notification-banner--success"))
        .containsText("agenda is agreed");
    link("Minutes").click();
    assertThat(page.locator("#minutes-not-open")).containsText("The minutes open on");
    assertThat(page.locator("body")).not().containsText("Save attendance");
    assertAccessible();
    signOut();

    // The member reads the one-page summary, and the child for noting with their figures.
    signIn(p.username(Role.PANEL_MEMBER));
    visit("/panel-meetings/" + meetingId + "/pack");
    assertThat(page.locator(".lantern-pack-child")).hasCount(1);
    assertThat(page.locator(".lantern-pack-child")).containsText(discussed.name());
    assertThat(page.locator(".lantern-pack-screening")).containsText("Indicator B");
    assertThat(page.locator(".lantern-pack-words"))
        .containsText("They said I owe them for the phone.");
    assertThat(page.locator(".lantern-pack-child")).containsText("Linked adults");
    assertThat(page.locator("#for-noting")).containsText("For noting (1)");
    assertThat(page.locator("table")).containsText(noted.name());
    assertAccessible();
  }
}
