package org.lantern.missing;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.lantern.access.Role;
import org.lantern.intelligence.AdultDetails;
import org.lantern.people.ChildSummary;
import org.lantern.testing.BrowserJourney;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The police record a missing episode and the return; the missing service sees the child in its
 * queue with the 72-hour clock and records the interview; the figures count it. Then the police
 * serve an abduction warning notice, and both the named child's file and the file of a child found
 * with the same adult earlier carry its indicator.
 */
class MissingJourneyTests extends BrowserJourney {

  @Autowired Episodes episodes;

  @Test
  void notificationReturnInterviewFiguresAndANoticeOnNamedAndLinkedChildren() throws Exception {
    // Wednesday 18 November 2026, noon.
    clock.set(MissingIntegrationTests.at(2026, 11, 18, 12, 0));
    TestPartnership p = fixtures.partnership();
    ChildSummary child = fixtures.child(p);
    ChildSummary linked = fixtures.child(p);
    AdultDetails adult = new AdultDetails("Dale", "Morrow", LocalDate.of(1990, 3, 4));
    // In June the other child was found with the same man (an earlier quarter: not in the figures).
    episodes.record(
        p.user(Role.POLICE),
        null,
        new EpisodeDetails(
            linked.id(),
            "MP-2026-000100",
            MissingFrom.HOME,
            MissingIntegrationTests.at(2026, 6, 1, 21, 0),
            "Home address",
            MissingIntegrationTests.at(2026, 6, 2, 9, 0),
            "A flat in Tamsford",
            "An adult male",
            adult,
            RiskGrading.HIGH));

    // The police find the child and record the notification.
    signIn(p.username(Role.POLICE));
    goTo("Record missing");
    findAndChoose(child, "Record missing episode");
    assertThat(page.locator("h1")).hasText("Record a missing episode");
    assertAccessible();
    fillEpisode();
    button("Save missing episode").click();
    assertThat(page.locator("h1")).hasText("Missing episode recorded");
    assertThat(page.locator(".govuk-panel__body")).containsText("MP-2026-000123");
    assertThat(page.locator("main")).containsText("Still missing");
    assertAccessible();

    // The next morning's notification says she is back: the same reference, with the return.
    link("Record another missing episode").click();
    findAndChoose(child, "Record missing episode");
    fillEpisode();
    fillDate("returnedAt", LocalDate.of(2026, 11, 18));
    page.locator("#returnedAtTime").fill("08:00");
    page.getByLabel("Where found (optional)").fill("Tamsford bus station");
    button("Save missing episode").click();
    assertThat(page.locator("h1")).hasText("Missing episode updated");
    assertThat(page.locator("main")).containsText("21 November 2026 at 8:00am");
    assertAccessible();
    signOut();

    // The missing service: the child waits in the queue, due 72 hours after the return.
    signIn(p.username(Role.MISSING_SERVICE_WORKER));
    goTo("Return interviews");
    assertAccessible();
    Locator row = page.locator("tbody tr", new Page.LocatorOptions().setHasText(child.fullName()));
    assertThat(row).containsText("Due in 2 days");
    assertThat(row).containsText("21 November 2026 at 8:00am");
    assertThat(row).containsText("MP-2026-000123");
    row.getByRole(AriaRole.LINK).click();
    assertThat(page.locator("h1")).hasText("Return interview");
    assertAccessible();

    // Saving without choosing what happened is refused in the GOV.UK way.
    button("Save return interview").click();
    assertThat(page).hasTitle(Pattern.compile("^Error: "));
    assertThat(page.locator(".govuk-error-summary a[href='#outcome']"))
        .hasText("Select what happened");
    assertAccessible();

    page.getByLabel("Completed", new Page.GetByLabelOptions().setExact(true)).check();
    fillDate("at", LocalDate.of(2026, 11, 18));
    page.locator("#atTime").fill("11:00");
    page.getByLabel("Associating with friends").check();
    page.getByLabel("Exploitation concerns").check();
    page.getByLabel("People mentioned").fill("An older boy she calls Kai");
    button("Save return interview").click();
    assertThat(page.locator(".govuk-notification-banner--success"))
        .containsText("Return interview recorded for " + child.fullName());
    assertThat(page.locator("main")).not().containsText("MP-2026-000123");
    assertAccessible();

    // The quarter's figures count the notification, the child and the interview in time.
    goTo("Missing figures");
    assertThat(page.locator("h1")).hasText("Missing service figures");
    Locator total = page.locator("table").first().locator("tbody tr").last();
    assertThat(total).containsText("All districts");
    assertThat(total.locator("td").nth(0)).hasText("1");
    assertThat(total.locator("td").nth(5)).hasText("1");
    assertThat(total).containsText("Associating with friends (1)");
    assertAccessible();
    signOut();

    // The police serve a notice on the man, naming the child.
    signIn(p.username(Role.POLICE));
    goTo("Abduction notices");
    assertAccessible();
    link("Serve a notice").click();
    findAndChoose(child, "Name on notice");
    assertThat(page.locator("h1")).hasText("Serve a child abduction warning notice");
    assertAccessible();
    page.getByLabel("First name").fill("Dale");
    page.getByLabel("Last name").fill("Morrow");
    fillDate("adult-dateOfBirth", LocalDate.of(1990, 3, 4));
    fillDate("servedOn", LocalDate.of(2026, 11, 18));
    fillDate("expiresOn", LocalDate.of(2028, 11, 18));
    page.getByLabel("Circumstances").fill("Found with her in his car at the bus station.");
    button("Save notice").click();
    assertThat(page.locator(".govuk-notification-banner--success"))
        .containsText("Notice saved, naming 1 child.");
    assertThat(page.locator("main")).containsText("Dale Morrow");
    assertAccessible();

    // A CSV upload with a bad row: the row is listed, the page stays accessible.
    visit("/missing/episodes/upload");
    assertAccessible();
    Path csv = Files.createTempFile("missing-", ".csv");
    Files.writeString(
        csv,
        "police_reference,given_name,family_name,missing_from,missing_at,risk_grading\n"
            + "12345,Ada,Upload,HOME,2026-11-17 20:00,LOW\n");
    page.locator("#file").setInputFiles(csv);
    button("Upload file").click();
    assertThat(page.locator("tbody tr"))
        .containsText("police_reference: Enter the police reference in the police's format");
    assertAccessible();
    Files.delete(csv);
    signOut();

    // The named child's file and the linked child's file both carry the indicator.
    signIn(p.username(Role.EXPLOITATION_COORDINATOR));
    visit("/children/" + child.id());
    assertThat(page.locator(".lantern-indicators"))
        .containsText("Named on a child abduction warning notice served 18 November 2026");
    assertThat(page.locator("#missing-episodes")).hasText("Missing episodes");
    assertThat(page.locator("main")).containsText("Interview completed");
    assertAccessible();
    visit("/children/" + linked.id());
    assertThat(page.locator(".lantern-indicators"))
        .containsText("Linked to an adult served with a child abduction warning notice");
    // The indicator does not name the adult; the coordinator (who may see links) sees him in the
    // section listing the adults linked to the child.
    assertThat(page.locator(".lantern-indicators")).not().containsText("Morrow");
    assertThat(page.locator(".lantern-indicators")).containsText("missing episode");
    assertThat(page.locator("#linked-adults").locator("xpath=..")).containsText("Dale Morrow");
    assertAccessible();
  }

  private void findAndChoose(ChildSummary child, String action) {
    page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(child.fullName());
    button("Search").click();
    assertAccessible();
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(action)).first().click();
  }

  private void fillEpisode() {
    page.getByLabel("Police reference").fill("MP-2026-000123");
    page.getByLabel("Home", new Page.GetByLabelOptions().setExact(true)).check();
    fillDate("missingAt", LocalDate.of(2026, 11, 17));
    page.locator("#missingAtTime").fill("22:30");
    page.getByLabel("Medium", new Page.GetByLabelOptions().setExact(true)).check();
  }
}
