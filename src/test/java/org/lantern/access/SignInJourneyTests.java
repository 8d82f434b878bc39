package org.lantern.access;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.lantern.testing.BrowserJourney;
import org.lantern.testing.TestPartnership;

class SignInJourneyTests extends BrowserJourney {

  private static final String WRONG = "Not-the-password-9";

  @Test
  void aWrongPasswordIsExplainedNextToTheFieldAndFiveInARowLockTheAccount() {
    TestPartnership p = fixtures.partnership();
    String username = p.username(Role.PRACTITIONER);

    attemptSignIn(username, WRONG);

    assertThat(page).hasURL(Pattern.compile("/sign-in\\?error$"));
    assertThat(page).hasTitle(Pattern.compile("^Error: "));
    Locator summary = page.locator(".govuk-error-summary");
    assertThat(summary).containsText("There is a problem");
    assertThat(summary.getByRole(AriaRole.LINK)).hasText("Enter a correct username and password");
    assertThat(summary.locator("a")).hasAttribute("href", "#username");
    assertThat(page.locator("#username-error"))
        .hasText("Error: Enter a correct username and password");
    assertThat(page.getByLabel("Username")).hasValue(username);
    assertThat(page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true))).isEmpty();
    assertAccessible();

    for (int attempt = 2; attempt <= 5; attempt++) {
      attemptSignIn(username, WRONG);
    }
    attemptSignIn(username, TestPartnership.PASSWORD);

    assertThat(page).hasURL(Pattern.compile("/sign-in\\?locked$"));
    assertThat(page.locator(".govuk-error-summary"))
        .containsText(
            "Your account is locked because the password was entered wrongly too many times. Try again in 15 minutes");
    assertThat(page.locator("#username-error")).containsText("Your account is locked");
    assertThat(page.getByLabel("Username")).hasValue(username);
    assertAccessible();

    visit("/");
    assertThat(page).hasURL(Pattern.compile("/sign-in"));

    clock.advance(Duration.ofMinutes(16));
    signIn(username);
    assertThat(page.locator("header")).containsText(p.user(Role.PRACTITIONER).displayName());
  }

  @Test
  void theHeaderNamesThePersonAndTheirAgencyUnderAnOfficialSensitiveMarkingAndSignOutSaysSo() {
    TestPartnership p = fixtures.partnership();
    CurrentUser teacher = p.user(Role.PRACTITIONER);

    signIn(teacher.username());

    assertThat(page.locator(".lantern-marking")).hasText("OFFICIAL-SENSITIVE");
    assertEverythingInALandmark();
    Locator header = page.locator("header");
    assertThat(header).containsText(teacher.displayName());
    assertThat(header).containsText(teacher.agencyName());
    assertThat(page.locator("h1")).hasText("Hello, " + teacher.displayName());
    assertThat(page.locator("#what-you-do"))
        .containsText("Tell the front door when you are worried");
    assertAccessible();

    signOut();

    assertThat(page).hasURL(Pattern.compile("/sign-in\\?signedOut$"));
    assertThat(page.locator(".govuk-notification-banner")).containsText("You have signed out");
    assertThat(page.locator(".lantern-marking")).hasText("OFFICIAL-SENSITIVE");
    assertEverythingInALandmark();
    assertThat(page.locator("header")).not().containsText(teacher.displayName());
    assertAccessible();

    visit("/referrals");
    assertThat(page).hasURL(Pattern.compile("/sign-in"));
    assertThat(page.locator("h1")).hasText("Sign in to Lantern");
  }

  /**
   * axe's "region" rule (best practice, moderate, so not in the serious-or-critical check of every
   * page): all content sits in a landmark; the protective marking used to sit outside the header.
   */
  private void assertEverythingInALandmark() {
    AxeResults results =
        new AxeBuilder(page).withRules(List.of("region")).setLegacyMode(true).analyze();
    org.assertj.core.api.Assertions.assertThat(results.getViolations())
        .extracting(Rule::getId)
        .isEmpty();
  }

  private void attemptSignIn(String username, String password) {
    visit("/sign-in");
    page.getByLabel("Username").fill(username);
    page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
    button("Sign in").click();
    page.waitForURL(Pattern.compile("/sign-in\\?(error|locked)$"));
  }
}
