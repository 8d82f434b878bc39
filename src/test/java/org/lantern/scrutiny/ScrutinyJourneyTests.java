package org.lantern.scrutiny;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.lantern.access.Role;
import org.lantern.platform.FinancialQuarter;
import org.lantern.testing.BrowserJourney;
import org.lantern.testing.TestPartnership;

/**
 * The outcomes framework to the committee, in the browser: the strategic lead defines an indicator
 * the police enter and sets up the committee; the police lead is chased on their home page and
 * enters the quarter; the officer assembles the pack and publishes it; the councillor on the
 * committee reads it. Each page is checked with axe.
 */
class ScrutinyJourneyTests extends BrowserJourney {

  @Test
  void aLeadDefinesAnIndicatorThePoliceEnterAQuarterAndACouncillorReadsThePublishedPack() {
    clock.reset();
    TestPartnership p = fixtures.partnership();
    String quarter = FinancialQuarter.of(today()).previous().code();

    // The strategic lead defines an indicator the police enter each quarter.
    signIn(p.username(Role.STRATEGIC_LEAD));
    navLink("Indicators").click();
    assertAccessible();
    link("Define an indicator").click();
    page.getByLabel("In force from quarter").fill(quarter);
    page.getByLabel("Indicator", new Page.GetByLabelOptions().setExact(true))
        .fill("Officers trained in CSE awareness");
    page.getByLabel("Definition").fill("Police officers who completed the course in the quarter.");
    page.getByLabel("Unit").selectOption("COUNT");
    page.getByLabel("Higher is better").check();
    page.getByLabel("Agency that enters it").selectOption(p.policeId().toString());
    page.getByLabel("Green from").fill("100");
    page.getByLabel("Amber from").fill("50");
    page.getByLabel("Show on the KPI dashboard").check();
    assertAccessible();
    button("Save the indicator").click();
    assertThat(page.locator("body")).containsText("Officers trained in CSE awareness");

    // ... and sets up the committee: its member and a meeting.
    navLink("Committee").click();
    page.getByLabel("Committee name").fill("Children and Communities Scrutiny Committee");
    button("Add a committee").click();
    assertAccessible();
    link("Members and named officers").click();
    page.getByLabel("Test councillor").check();
    page.getByLabel("Test strategic_lead").check();
    assertAccessible();
    button("Save who sits on the committee").click();
    link("Add a meeting").click();
    LocalDate on = today().plusDays(20);
    fillDate("on", on);
    page.getByLabel("Time").fill("10:00");
    page.getByLabel("Place").fill("Oak Room, County Buildings");
    assertAccessible();
    button("Save the meeting").click();
    signOut();

    // The police lead is chased on their home page and enters the quarter.
    signIn(p.username(Role.POLICE));
    assertThat(page.locator("body")).containsText("Officers trained in CSE awareness, " + quarter);
    link("Enter your agency’s figures").click();
    page.getByLabel("Figure", new Page.GetByLabelOptions().setExact(true)).fill("12.5");
    button("Save the figure").click();
    assertThat(page.locator(".govuk-error-summary")).containsText("A count must be a whole number");
    assertAccessible();
    page.getByLabel("Figure", new Page.GetByLabelOptions().setExact(true)).fill("120");
    page.getByLabel("Comment").fill("New starters trained.");
    button("Save the figure").click();
    assertThat(page.locator(".govuk-notification-banner"))
        .containsText("Figure saved for " + quarter);
    navLink("KPIs").click();
    assertThat(page.locator("table")).containsText("120");
    assertAccessible();
    signOut();

    // The officer assembles the pack and publishes it.
    signIn(p.username(Role.STRATEGIC_LEAD));
    navLink("Outcomes framework").click();
    assertThat(page.locator("table")).containsText("Green");
    assertAccessible();
    navLink("Committee").click();
    link("Children and Communities Scrutiny Committee").click();
    page.getByRole(
            com.microsoft.playwright.options.AriaRole.LINK,
            new Page.GetByRoleOptions().setName("Assemble the committee pack"))
        .click();
    page.getByLabel("Title").fill("CSE update");
    page.getByLabel("Covering report").fill("The committee is asked to note the figures.");
    assertAccessible();
    button("Assemble a draft").click();
    assertThat(page.locator(".scrutiny-pack")).containsText("Officers trained in CSE awareness");
    assertAccessible();
    button("Publish to the committee").click();
    assertThat(page.locator(".govuk-notification-banner")).containsText("published");
    signOut();

    // The councillor on the committee reads the published pack.
    signIn(p.username(Role.COUNCILLOR));
    navLink("Committee").click();
    link("Children and Communities Scrutiny Committee").click();
    assertAccessible();
    link("CSE update (version 1)").click();
    assertThat(page.locator(".scrutiny-pack")).containsText("120");
    assertThat(page.locator(".scrutiny-pack")).containsText("The committee is asked to note");
    assertAccessible();
  }
}
