package org.lantern.scrutiny;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lantern.access.CurrentUser;
import org.lantern.access.Role;
import org.lantern.platform.FinancialQuarter;
import org.lantern.testing.BrowserJourney;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The committee's quarter in the browser: the strategic lead defines an indicator the police enter
 * each quarter, the police lead enters the last quarter's figure, the officer assembles the pack
 * (the covering report, the outcomes framework and the period data report) and publishes it, and a
 * councillor on the committee reads it. Each page is checked with axe.
 */
class CommitteeJourneyTests extends BrowserJourney {

  @Autowired WorkProgramme programme;

  @Test
  void theLeadDefinesThePoliceEnterTheOfficerAssemblesAndACouncillorReads() {
    TestPartnership p = fixtures.partnership();
    FinancialQuarter quarter = FinancialQuarter.of(today()).previous();
    CurrentUser officer = p.user(Role.STRATEGIC_LEAD);
    String name = "Children's Select Committee " + p.suffix();
    UUID committee = programme.createCommittee(officer, name);
    programme.seat(officer, committee, Set.of(p.user(Role.COUNCILLOR).id()), Set.of(officer.id()));
    programme.addMeeting(
        officer, committee, today().plusDays(7), LocalTime.of(10, 0), "Oak Room, County Hall");

    // The strategic lead defines the indicator.
    signIn(p.username(Role.STRATEGIC_LEAD));
    visit("/scrutiny/indicators/new");
    assertThat(page.locator("h1")).hasText("Define an indicator");
    assertAccessible();
    label("In force from quarter").fill(quarter.code());
    label("Indicator").fill("CSE offences recorded");
    label("Definition")
        .fill("Offences flagged as child sexual exploitation recorded in the quarter.");
    label("Unit").selectOption("COUNT");
    label("Lower is better").check();
    label("Entered each quarter by an agency").check();
    label("Agency that enters it")
        .selectOption(new SelectOption().setLabel("Police " + p.suffix()));
    label("Green from").fill("10");
    label("Amber from").fill("20");
    button("Save the indicator").click();
    assertThat(page.locator("body")).containsText("CSE offences recorded");
    assertAccessible();
    signOut();

    // The police lead enters the quarter's figure: a wrong unit first, then the figure.
    signIn(p.username(Role.POLICE));
    visit("/scrutiny/returns");
    assertThat(page.locator("body")).containsText("CSE offences recorded");
    assertAccessible();
    label("Quarter").fill(quarter.code());
    label("Figure").fill("12.5");
    button("Save the figure").click();
    assertThat(page.locator(".govuk-error-summary")).containsText("whole number");
    assertAccessible();
    label("Figure").fill("12");
    label("Comment").fill("Two operations in the quarter.");
    button("Save the figure").click();
    assertThat(page.locator(".govuk-notification-banner")).containsText("Figure saved");
    assertAccessible();
    signOut();

    // The officer assembles the pack with the period data report and publishes it.
    signIn(p.username(Role.STRATEGIC_LEAD));
    visit("/scrutiny/committees/" + committee);
    assertAccessible();
    page.locator("a", new Page.LocatorOptions().setHasText("Assemble the committee pack"))
        .first()
        .click();
    assertThat(page.locator("h1")).hasText("Assemble the committee pack");
    assertThat(label("Data report for the last six months")).isChecked();
    assertAccessible();
    label("Title").fill("Committee pack " + quarter.code());
    label("Covering report").fill("The committee is asked to note the figures.");
    button("Assemble a draft").click();
    assertThat(page.locator(".scrutiny-pack")).containsText("CSE offences recorded");
    assertThat(page.locator(".scrutiny-pack")).containsText("Data report for the last six months");
    assertThat(page.locator(".scrutiny-pack"))
        .containsText("Children at low, medium or high risk in the period");
    assertAccessible();
    button("Publish to the committee").click();
    assertThat(page.locator(".govuk-notification-banner"))
        .containsText("published to the committee");
    signOut();

    // A councillor on the committee reads the published pack.
    signIn(p.username(Role.COUNCILLOR));
    visit("/scrutiny/committees/" + committee);
    assertAccessible();
    page.locator("a", new Page.LocatorOptions().setHasText("Committee pack " + quarter.code()))
        .click();
    assertThat(page.locator(".scrutiny-pack")).containsText("CSE offences recorded");
    assertThat(page.locator(".scrutiny-pack")).containsText("12");
    assertThat(page.locator(".scrutiny-pack")).containsText("Data report for the last six months");
    assertAccessible();
  }

  private Locator label(String text) {
    return page.getByLabel(text, new Page.GetByLabelOptions().setExact(true));
  }
}
