package org.lantern.access;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.lantern.people.ChildSummary;
import org.lantern.testing.BrowserJourney;
import org.lantern.testing.TestPartnership;

class BreakGlassJourneyTests extends BrowserJourney {

  private static final String REASON =
      "Child found in a car at 2am during a stop; need to know who to call tonight.";

  @Test
  void anOfficerUsesEmergencyAccessWithAReasonAndInformationGovernanceReviewsAndExportsIt()
      throws IOException {
    TestPartnership p = fixtures.partnership();
    ChildSummary child = fixtures.child(p);
    CurrentUser officer = p.user(Role.POLICE);

    // The officer has no working relationship with the child.
    signIn(officer.username());
    visit("/children/" + child.id());
    assertThat(page.locator("h1"))
        .hasText("You do not have a working relationship with this child");
    assertThat(page.locator("main")).not().containsText(child.fullName());
    assertAccessible();

    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Use emergency access"))
        .click();
    assertThat(page.locator("h1")).hasText("Use emergency access to a child's record");
    assertAccessible();
    page.getByLabel("Why do you need this record now?").fill("Urgent");
    button("See the record").click();
    assertThat(page.locator(".govuk-error-summary a[href='#reason']"))
        .hasText("Give a fuller reason: at least 20 characters");
    assertThat(page.locator("#reason-error"))
        .containsText("Give a fuller reason: at least 20 characters");
    assertAccessible();
    page.getByLabel("Why do you need this record now?").fill(REASON);
    button("See the record").click();

    assertThat(page).hasURL(Pattern.compile("/children/" + child.id() + "$"));
    assertThat(page.locator("h1")).hasText(child.fullName());
    assertAccessible();
    signOut();

    // Information governance reviews the access.
    signIn(p.username(Role.INFORMATION_GOVERNANCE));
    navLink("Audit").click();
    assertThat(page.locator("main"))
        .containsText("1 use of emergency access is waiting for review.");
    assertAccessible();
    link("Review emergency access").click();
    Locator grant = page.locator(".lantern-card");
    assertThat(grant.locator("h2"))
        .hasText(
            officer.displayName()
                + " ("
                + officer.agencyName()
                + ") opened the record of "
                + child.name());
    assertThat(grant).containsText(REASON);
    assertAccessible();
    grant.getByLabel("No, not appropriate").check();
    button("Record review").click();
    assertThat(page).hasTitle(Pattern.compile("^Error: "));
    Locator problem = page.locator(".govuk-error-summary");
    assertThat(problem.getByRole(AriaRole.LINK))
        .hasText("Enter a note saying why this access was not appropriate");
    String noteId = page.getByLabel("Note (needed if not appropriate)").getAttribute("id");
    assertThat(problem.getByRole(AriaRole.LINK)).hasAttribute("href", "#" + noteId);
    assertThat(page.getByLabel("Note (needed if not appropriate)"))
        .hasAccessibleDescription(
            Pattern.compile("Enter a note saying why this access was not appropriate"));
    assertThat(page.getByLabel("No, not appropriate")).isChecked();
    assertAccessible();
    grant = page.locator(".lantern-card");
    grant.getByLabel("Yes, appropriate").check();
    grant.getByLabel("Note (needed if not appropriate)").fill("Checked with the custody sergeant.");
    button("Record review").click();
    assertThat(page.locator(".govuk-notification-banner--success"))
        .containsText("Review recorded.");
    assertThat(page.locator("main")).containsText("Nothing is waiting for review.");
    link("Emergency access already reviewed").click();
    Locator reviewed = page.locator("table");
    assertThat(reviewed).containsText(officer.displayName());
    assertThat(reviewed).containsText("Reviewed: appropriate");
    assertAccessible();

    // Who has looked at this child.
    goTo("Find a child");
    page.getByLabel("Name").fill(child.fullName());
    button("Search").click();
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("See who has looked"))
        .first()
        .click();
    assertThat(page.locator("h1")).hasText("Who has looked at this record");
    assertAccessible();
    Locator officerRows =
        page.locator("tbody tr", new Page.LocatorOptions().setHasText(officer.username()));
    assertThat(officerRows.filter(new Locator.FilterOptions().setHasText("Used emergency access")))
        .containsText(REASON);
    assertThat(
            officerRows.filter(
                new Locator.FilterOptions().setHasText("No working relationship with the child")))
        .containsText("Refused");
    assertThat(
            officerRows
                .filter(new Locator.FilterOptions().setHasText("Opened the record"))
                .filter(new Locator.FilterOptions().setHasText("Emergency access")))
        .hasCount(1);

    // Bad dates are explained; a good range downloads the audit as CSV.
    navLink("Audit").click();
    page.locator("#from").fill("31");
    page.locator("#from-month").fill("2");
    page.locator("#from-year").fill(String.valueOf(today().getYear()));
    button("Download CSV").click();
    assertThat(page).hasTitle(Pattern.compile("^Error: "));
    Locator summary = page.locator(".govuk-error-summary");
    assertThat(summary.locator("a[href='#from']")).hasText("The first date must be a real date");
    assertThat(summary.locator("a[href='#to']")).hasText("Enter the last date to export");
    assertThat(page.locator("#from-error")).containsText("The first date must be a real date");
    assertThat(page.locator("#to-error")).containsText("Enter the last date to export");
    assertAccessible();

    fillDate("from", today());
    fillDate("to", today().minusDays(1));
    button("Download CSV").click();
    assertThat(page.locator("#to-error"))
        .containsText("The last date must be the same as or after the first date");
    assertAccessible();

    fillDate("from", today().minusDays(1));
    fillDate("to", today());
    Download download = page.waitForDownload(() -> button("Download CSV").click());
    org.assertj.core.api.Assertions.assertThat(download.suggestedFilename())
        .isEqualTo("lantern-audit-" + today().minusDays(1) + "-to-" + today() + ".csv");
    List<String> lines = Files.readAllLines(download.path(), StandardCharsets.UTF_8);
    org.assertj.core.api.Assertions.assertThat(lines.get(0))
        .startsWith("id,")
        .contains("person", "what_was_done", "action", "outcome_words", "outcome", "purpose");
    org.assertj.core.api.Assertions.assertThat(lines)
        .filteredOn(line -> line.contains("BREAK_GLASS_GRANTED"))
        .singleElement()
        .satisfies(
            line ->
                org.assertj.core.api.Assertions.assertThat(line)
                    .contains(
                        officer.username(),
                        officer.displayName(),
                        child.id().toString(),
                        REASON,
                        "Allowed"));
  }
}
