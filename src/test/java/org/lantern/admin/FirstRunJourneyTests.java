package org.lantern.admin;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import java.sql.DriverManager;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.lantern.testing.BrowserJourney;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The journey on an empty install, in the browser with axe: the first run (set-up code from
 * the log) → the administrator chooses a password and signs in → adds an agency, a team and a
 * person by invitation → that person signs in → the administrator changes their role → their next
 * request finds their session ended and, signed in again, the new role.
 */
@DirtiesContext
class FirstRunJourneyTests extends BrowserJourney {

  @Autowired FirstRun firstRun;

  @DynamicPropertySource
  static void emptyDatabase(DynamicPropertyRegistry registry) throws Exception {
    String shared =
        System.getProperty("lantern.test.db.url", "jdbc:postgresql://127.0.0.1:5432/lantern_test");
    String withoutParams = shared.contains("?") ? shared.substring(0, shared.indexOf('?')) : shared;
    int slash = withoutParams.lastIndexOf('/');
    String name = withoutParams.substring(slash + 1) + "_first_run_journey";
    String user = System.getProperty("lantern.test.db.username", "postgres");
    try (var c =
            DriverManager.getConnection(withoutParams.substring(0, slash) + "/postgres", user, "");
        var s = c.createStatement()) {
      s.execute("drop database if exists " + name + " with (force)");
      s.execute("create database " + name);
    }
    registry.add("spring.datasource.url", () -> withoutParams.substring(0, slash) + "/" + name);
  }

  @Test
  void anEmptyInstallIsSetUpAndItsAdministratorAddsAPersonWhoseRoleChangeHoldsAtOnce() {
    String code = firstRun.newSetUpCode();
    visit("/sign-in");
    assertThat(page).hasURL(Pattern.compile("/first-run$"));
    assertThat(page.locator("h1")).hasText("Set up Lantern for your partnership");
    assertAccessible();
    field("Set-up code").fill("WRONG");
    button("Set up Lantern").click();
    assertThat(page.locator(".govuk-error-summary")).containsText("Enter the set-up code");
    assertAccessible();
    field("Set-up code").fill(code);
    field("Name of the partnership").fill("Eastmoor Safeguarding Children Partnership");
    field("Name of the council").fill("Eastmoor Council");
    field("Name").fill("Ash Taylor");
    field("E-mail address").fill("ash.taylor@eastmoor.test");
    field("Username").fill("ash.taylor");
    button("Set up Lantern").click();
    assertThat(page.locator(".govuk-panel__title")).hasText("Lantern is set up");
    assertAccessible();
    String adminLink = page.locator("a.lantern-invitation-link").getAttribute("href");

    choosePassword(page, adminLink);
    signIn("ash.taylor");
    navLink("Agencies and teams").click();
    link("Add an agency").click();
    field("Name").fill("Northgate Academy");
    field("Kind of agency").selectOption(new SelectOption().setLabel("School"));
    button("Add").click();
    assertThat(page.locator(".govuk-notification-banner")).containsText("It was added");
    visit("/admin/structure/teams");
    field("Agency").selectOption(new SelectOption().setLabel("Eastmoor Council"));
    field("Name").fill("Front door");
    button("Add").click();
    assertThat(page.locator("h1")).hasText("Front door");
    assertAccessible();

    navLink("Accounts").click();
    link("Add a person").click();
    field("Name").fill("Robin Hale");
    field("E-mail address").fill("robin.hale@eastmoor.test");
    field("Username").fill("robin.hale");
    field("Agency").selectOption(new SelectOption().setLabel("Eastmoor Council"));
    field("Team").selectOption(new SelectOption().setLabel("Front door (Eastmoor Council)"));
    field("Role").selectOption(new SelectOption().setLabel("Practitioner"));
    button("Add and make the invitation link").click();
    assertThat(page.locator(".govuk-notification-banner")).containsText("The account was added");
    assertAccessible();
    String personLink = page.locator("#invitation-link").inputValue();
    String accountPage = page.url();

    Page person = anotherBrowser();
    choosePassword(person, personLink);
    signIn(person, "robin.hale");
    person.navigate(url("/front-door"));
    assertThat(person.locator("h1")).not().containsText("Front door");

    page.navigate(accountPage);
    field("Role").selectOption(new SelectOption().setLabel("Front-door worker"));
    button("Save the change").click();
    assertThat(page.locator(".govuk-notification-banner"))
        .containsText("The change was saved and their sessions ended");
    assertAccessible();

    person.navigate(url("/"));
    assertThat(person).hasURL(Pattern.compile("/sign-in"));
    signIn(person, "robin.hale");
    person.navigate(url("/front-door"));
    assertThat(person.locator("h1")).containsText("Front door");
    assertAccessible(person);

    visit("/first-run");
    assertThat(page.locator("h1")).not().containsText("Set up Lantern");
  }

  private void choosePassword(Page on, String link) {
    on.navigate(url(link.substring(link.indexOf("/invitation/"))));
    assertAccessible(on);
    on.getByLabel("Password", new Page.GetByLabelOptions().setExact(true))
        .fill(TestPartnership.PASSWORD);
    on.getByLabel("Type it again").fill(TestPartnership.PASSWORD);
    button(on, "Set my password").click();
    assertThat(on).hasURL(Pattern.compile("/sign-in"));
  }

  private Locator field(String label) {
    return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
  }
}
