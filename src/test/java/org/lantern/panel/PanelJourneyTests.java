package org.lantern.panel;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Pattern;
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
 * A panel round in the browser: the coordinator builds the agenda from the tracker and agrees it; a
 * panel member of a member agency reads the pack; the coordinator records the meeting (an action
 * without an owner is refused); the chair approves the minutes; the child's chronology shows them
 * and the file says "presented to panel". Each page is checked with axe.
 */
class PanelJourneyTests extends BrowserJourney {

  @Autowired ScreeningTools tools;
  @Autowired Screenings screenings;
  @Autowired Panels panels;
  @Autowired Meetings meetings;
  @Autowired Minutes minutes;
  @Autowired MinutesApproval approval;
  @Autowired MeetingViews views;

  @Test
  void buildAgendaRecordTheMeetingApproveMinutesAndTheChronologyShowsThem() {
    clock.reset();
    PanelScenario s =
        new PanelScenario(
            fixtures, tools, screenings, panels, meetings, minutes, approval, views, clock);
    TestPartnership p = s.start();
    LocalDate meetingOn = today().plusDays(7);
    panels.configure(
        s.coordinator(),
        s.panelId(),
        s.settings(s.chair().id(), Set.of(p.schoolId(), p.policeId(), p.trustId()), 2, meetingOn),
        panels.of(s.coordinator(), s.panelId()).version());
    ChildSummary child = fixtures.child(p);
    s.screen(child, RiskLevel.HIGH);

    // The coordinator plans the meeting and builds its agenda from the tracker.
    signIn(p.username(Role.EXPLOITATION_COORDINATOR));
    goTo("Panels");
    assertThat(page.locator("h1")).hasText("Panels");
    assertAccessible();
    button("Plan the next meeting").click();
    assertThat(page.locator("h1")).containsText("Panel meeting");
    button("Build agenda from the tracker").click();
    assertThat(page.locator(".govuk-notification-banner--success"))
        .containsText("1 child was added to the agenda");
    assertThat(page.locator("table")).containsText(child.name());
    assertThat(page.locator("table")).containsText("New at medium or high risk");
    assertAccessible();
    button("Agree agenda and send the pack").click();
    assertThat(page.locator(".govuk-notification-banner--success"))
        .containsText("agenda is agreed");
    String agendaUrl = page.url();
    signOut();

    // A panel member of a member agency reads the pack.
    signIn(p.username(Role.PANEL_MEMBER));
    goTo("Panel packs");
    page.locator("table a").first().click();
    assertThat(page.locator("h1")).containsText("Panel pack");
    assertThat(page.locator(".lantern-pack-child")).containsText(child.name());
    assertThat(page.locator(".lantern-pack-child")).containsText("High");
    assertAccessible();
    signOut();

    // The coordinator records the meeting on its day; an action with no owner is refused.
    s.at(meetingOn);
    signIn(p.username(Role.EXPLOITATION_COORDINATOR));
    page.navigate(agendaUrl);
    link("Minutes").click();
    button("Save attendance").click();
    assertThat(page.locator(".govuk-notification-banner--success")).containsText("Attendance");
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Record")))
        .click();
    assertThat(page.locator("h1")).hasText("Panel discussion of " + child.name());
    page.getByLabel("Discussion").fill("Missing twice since the referral; new older friends.");
    page.getByLabel("Continue at panel").check();
    page.locator("#actionDescription").fill("Share the vehicle plate with the local team");
    fillDate("actionDue", meetingOn.plusDays(14));
    button("Save").click();
    assertThat(page).hasTitle(Pattern.compile("^Error: "));
    assertThat(page.locator(".govuk-error-summary"))
        .containsText("Choose who owns the action, or enter their name");
    assertAccessible();
    page.locator("#actionOwner").selectOption(p.user(Role.POLICE).id().toString());
    fillDate("actionDue", meetingOn.minusDays(1));
    button("Save").click();
    assertThat(page.locator("#actionDue-error"))
        .containsText("on or after the date of the meeting");
    fillDate("actionDue", meetingOn.plusDays(14));
    button("Save").click();
    assertThat(page.locator(".govuk-notification-banner--success"))
        .containsText("minutes for " + child.name() + " are saved");
    assertThat(page.locator(".lantern-panel-actions")).containsText("Share the vehicle plate");
    assertAccessible();
    signOut();

    // The chair approves the minutes from the pack.
    signIn(p.username(Role.TEAM_MANAGER));
    goTo("Panel packs");
    page.locator("table a").first().click();
    link("Minutes").click();
    button("Approve minutes").click();
    assertThat(page.locator(".govuk-notification-banner--success"))
        .containsText("minutes are approved");
    assertAccessible();
    signOut();

    // The action's owner sees it on their home page.
    signIn(p.username(Role.POLICE));
    assertThat(
            page.locator(
                ".lantern-card", new Page.LocatorOptions().setHasText("Your panel actions")))
        .containsText("1 panel action is yours to do");
    link("Your panel actions").click();
    assertThat(page.locator("table")).containsText(child.name());
    assertAccessible();
    signOut();

    // The child's file: "presented to panel", and the minutes on the chronology.
    signIn(p.username(Role.EXPLOITATION_COORDINATOR));
    page.navigate(agendaUrl);
    link("Minutes").click();
    assertThat(page.locator(".lantern-panel-actions")).containsText("Share the vehicle plate");
    assertAccessible();
    visit("/children/" + child.id());
    assertThat(page.locator("body")).containsText("Presented to panel (current)");
    assertThat(page.locator("#panel")).containsText("Continue at panel");
    assertThat(page.locator("body"))
        .containsText("Missing twice since the referral; new older friends.");
    assertThat(page.locator("body")).containsText("Presented to the " + districtName(p) + " panel");
    assertAccessible();
  }

  private String districtName(TestPartnership p) {
    return "District " + p.suffix();
  }
}
