package org.lantern.access;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lantern.testing.BrowserJourney;
import org.lantern.testing.TestPartnership;

/**
 * The navigation bar fits one row at 1280 pixels for every role (the reports, figures and committee
 * pages sit behind one "Reports" link when a role has several of them), and the Reports page leads
 * to each of them, the bar marking "Reports" as the section on the way.
 */
class NavigationJourneyTests extends BrowserJourney {

  @Test
  void everyRolesBarFitsOneRowAt1280Pixels() {
    TestPartnership p = fixtures.partnership();
    List<String> wrapped = new ArrayList<>();
    for (Role role : Role.values()) {
      if (role == Role.PARTNER_SYSTEM) {
        continue; // signs in to the API only
      }
      Page browser = anotherBrowser();
      browser.navigate(url("/sign-in"));
      browser.getByLabel("Username").fill(p.username(role));
      browser
          .getByLabel("Password", new Page.GetByLabelOptions().setExact(true))
          .fill(TestPartnership.PASSWORD);
      button(browser, "Sign in").click();
      browser.waitForURL(url("/")); // signing in lands on the home page, with its bar
      @SuppressWarnings("unchecked")
      List<Number> tops =
          (List<Number>)
              browser.evaluate(
                  "() => [...document.querySelectorAll('.govuk-service-navigation__item')]"
                      + ".map(e => Math.round(e.getBoundingClientRect().top))");
      assertThat(tops).as(role + " has a navigation bar").isNotEmpty();
      if (tops.stream().distinct().count() > 1) {
        wrapped.add(
            role + ": " + browser.locator(".govuk-service-navigation__item").allInnerTexts());
      }
    }
    assertThat(wrapped).as("navigation bars on more than one row at 1280 px").isEmpty();
  }

  @Test
  void theStrategicLeadFindsEachReportBehindOneReportsLink() {
    TestPartnership p = fixtures.partnership();
    signIn(p.username(Role.STRATEGIC_LEAD));
    assertThat(navLink("Period data report")).hasCount(0);

    navLink("Reports").click();
    assertThat(page.locator("h1")).hasText("Reports");
    assertThat(page.locator(".lantern-hub a"))
        .containsText(new String[] {"Period data report", "KPIs", "Outcomes framework"});
    // each report says in one sentence what it is for and who sees it
    assertThat(page.locator(".lantern-hub li p")).hasCount(page.locator(".lantern-hub a").count());
    assertThat(
            page.locator(".lantern-hub li")
                .filter(new Locator.FilterOptions().setHasText("KPIs"))
                .locator("p"))
        .containsText("For police and health leads and strategic leads.");
    assertAccessible();

    link("Period data report").click();
    assertThat(page.locator("h1")).hasText("Period data report");
    assertThat(page.locator(".govuk-service-navigation__item--active")).containsText("Reports");
  }

  @Test
  void aRoleWithNoReportsIsToldSo() {
    TestPartnership p = fixtures.partnership();
    signIn(p.username(Role.PRACTITIONER));
    assertThat(navLink("Reports")).hasCount(0);
    visit("/reports");
    assertThat(page.locator("main"))
        .containsText("There is nothing in this part of Lantern for your role.");
    assertAccessible();
  }
}
