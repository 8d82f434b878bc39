package org.lantern.admin;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.lantern.access.Role;
import org.lantern.testing.BrowserJourney;
import org.lantern.testing.TestPartnership;

/**
 * An administrator adds a person by invitation; the person sets their password and signs in; the
 * administrator changes their role, and the person's next request finds their session gone and,
 * signed in again, the new role.
 */
class AdministrationJourneyTests extends BrowserJourney {

  @Test
  void anAdministratorInvitesAPersonAndAChangeOfRoleHoldsFromTheirNextRequest() {
    TestPartnership p = fixtures.partnership();
    String username = "journey-" + UUID.randomUUID().toString().substring(0, 8);
    String council = "Council " + p.suffix();
    String youth = "Youth justice " + p.suffix();

    signIn(p.username(Role.PARTNERSHIP_ADMIN));
    navLink("Agencies and teams").click();
    assertThat(page.locator("h1")).hasText("Agencies, teams and districts");
    assertAccessible();
    link("Add an agency").click();
    field("Name").fill(youth);
    field("Kind of agency").selectOption(new SelectOption().setLabel("Council"));
    field("Phone number in office hours").fill("01632 960 001");
    field("Phone number out of hours").fill("01632 960 999");
    button("Add").click();
    assertThat(page.locator(".govuk-notification-banner")).containsText("It was added");
    assertAccessible();
    visit("/admin/structure/teams");
    field("Agency").selectOption(new SelectOption().setLabel(youth));
    field("Name").fill("Court team");
    button("Add").click();
    assertThat(page.locator("h1")).hasText("Court team");
    visit("/admin/structure");
    assertThat(page.locator("table")).containsText("01632 960 999");
    assertThat(page.locator("table")).containsText("Court team");

    navLink("Accounts").click();
    assertThat(page.locator("h1")).hasText("Accounts");
    assertAccessible();

    link("Add a person").click();
    field("Name").fill("Sam Okafor");
    page.getByLabel("E-mail address").fill(username + "@council.test.invalid");
    field("Username").fill(username);
    field("Agency").selectOption(new SelectOption().setLabel("School " + p.suffix()));
    field("Role").selectOption(new SelectOption().setLabel("Front-door worker"));
    button("Add and make the invitation link").click();

    assertThat(page.locator(".govuk-error-summary"))
        .containsText("This role is not one their kind of agency may hold");
    assertThat(page.locator("#role-error")).containsText("not one their kind of agency");
    assertAccessible();

    field("Agency").selectOption(new SelectOption().setLabel(council));
    field("Team").selectOption(new SelectOption().setLabel("Court team (" + youth + ")"));
    field("Role").selectOption(new SelectOption().setLabel("Practitioner"));
    button("Add and make the invitation link").click();
    assertThat(page.locator("#teamId-error")).containsText("a team within their agency");
    field("Agency").selectOption(new SelectOption().setLabel(youth));
    button("Add and make the invitation link").click();

    assertThat(page.locator(".govuk-notification-banner")).containsText("The account was added");
    assertThat(page.locator("h1")).hasText("Sam Okafor");
    assertAccessible();
    String link = page.getByLabel("Invitation link").inputValue();
    String accountPage = page.url();

    Page person = anotherBrowser();
    person.navigate(url(link.substring(link.indexOf("/invitation/"))));
    assertThat(person.locator("h1")).containsText("Sam Okafor");
    assertAccessible(person);
    person
        .getByLabel("Password", new Page.GetByLabelOptions().setExact(true))
        .fill(TestPartnership.PASSWORD);
    person.getByLabel("Type it again").fill(TestPartnership.PASSWORD);
    button(person, "Set my password").click();
    assertThat(person).hasURL(Pattern.compile("/sign-in"));

    signIn(person, username);
    person.navigate(url("/front-door"));
    assertThat(person.locator("h1")).not().containsText("Front door");

    page.navigate(accountPage);
    field("Role").selectOption(new SelectOption().setLabel("Front-door worker"));
    button("Save the change").click();
    assertThat(page.locator(".govuk-notification-banner"))
        .containsText("The change was saved and their sessions ended");
    assertThat(page.locator("#current-role")).hasText("Front-door worker");
    assertAccessible();

    person.navigate(url("/"));
    assertThat(person).hasURL(Pattern.compile("/sign-in"));
    signIn(person, username);
    person.navigate(url("/front-door"));
    assertThat(person.locator("h1")).containsText("Front door");
    assertAccessible(person);
  }

  @Test
  void anAdministratorGivesAnIdentityProvidersGroupARole() {
    TestPartnership p = fixtures.partnership();
    String group = "entra-group-" + p.suffix();

    signIn(p.username(Role.PARTNERSHIP_ADMIN));
    navLink("Agencies and teams").click();
    link("Single sign-on: roles from the identity provider").click();
    assertThat(page.locator("h1")).hasText("Single sign-on");
    assertAccessible();
    link("Add a mapping").click();
    button("Add mapping").click();
    assertThat(page.locator(".govuk-error-summary"))
        .containsText("Enter the value the claim holds");
    assertAccessible();
    field("Value").fill(group);
    field("Agency").selectOption(new SelectOption().setLabel("Council " + p.suffix()));
    field("Role").selectOption(new SelectOption().setLabel("Front-door worker"));
    button("Add mapping").click();
    assertThat(page.locator(".govuk-notification-banner")).containsText("Mapping added");
    assertThat(page.locator("main")).containsText(group);
    assertAccessible();

    // the partnership, not the configuration, chooses whether sign-on makes accounts
    assertThat(page.locator(".lantern-sso-settings"))
        .containsText("Must be added by an administrator before a person's first sign-on");
    link("Change whether single sign-on makes accounts").click();
    assertThat(page.locator("h1")).hasText("Accounts at first sign-on");
    assertAccessible();
    page.getByLabel("Made at a person's first sign-on by the first mapping that matches them")
        .check();
    button("Save").click();
    assertThat(page.locator(".govuk-notification-banner"))
        .containsText("Accounts at first sign-on changed");
    assertThat(page.locator(".lantern-sso-settings"))
        .containsText("Made at a person's first sign-on by the first mapping that matches them");
    assertAccessible();
  }

  private Locator field(String label) {
    return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
  }
}
