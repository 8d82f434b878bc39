package org.lantern.risk;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.lantern.access.Role;
import org.lantern.testing.BrowserJourney;
import org.lantern.testing.TestPartnership;

/**
 * The partnership administrator adds a team to the service in the browser (refused in the error
 * summary without a name) and opens it; axe checks the list and the team's page.
 */
class ServiceTeamsJourneyTests extends BrowserJourney {

  @Test
  void theAdministratorAddsATeamToTheServiceAndOpensIt() {
    TestPartnership p = fixtures.partnership();
    signIn(p.username(Role.PARTNERSHIP_ADMIN));
    goTo("Service teams");
    assertThat(page.locator("h1")).hasText("The service's teams");
    assertAccessible();

    page.getByLabel("Agency").selectOption(new SelectOption().setLabel("Charity " + p.suffix()));
    page.getByLabel("District " + p.suffix()).check();
    button("Add the team").click();
    assertThat(page.locator(".govuk-error-summary")).containsText("Enter the team's name");
    page.getByLabel("Team name").fill("Waymark east " + p.suffix());
    button("Add the team").click();
    assertThat(page.locator(".govuk-notification-banner--success"))
        .containsText("The team Waymark east " + p.suffix() + " is saved.");

    link("Waymark east " + p.suffix()).click();
    assertThat(page.locator("h1")).hasText("Waymark east " + p.suffix());
    assertThat(page.getByLabel("District " + p.suffix())).isChecked();
    assertAccessible();
  }
}
