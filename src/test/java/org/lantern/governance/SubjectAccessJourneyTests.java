package org.lantern.governance;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lantern.access.Role;
import org.lantern.intelligence.AbductionNotices;
import org.lantern.intelligence.AdultDetails;
import org.lantern.intelligence.NoticeDetails;
import org.lantern.people.ChildSummary;
import org.lantern.testing.BrowserJourney;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The information governance officer answers an adult's subject access request: finds the adult (a
 * blank name is an error by the field), opens them and exports the JSON, the children named in it
 * redacted; each page checked with axe.
 */
class SubjectAccessJourneyTests extends BrowserJourney {

  @Autowired AbductionNotices notices;

  @Test
  void theOfficerFindsAnAdultAndExportsWhatIsHeldAboutThem() throws Exception {
    TestPartnership p = fixtures.partnership();
    ChildSummary child = fixtures.child(p);
    String family = "Journeysar" + p.suffix();
    notices.serve(
        p.user(Role.POLICE),
        new NoticeDetails(
            new AdultDetails("Mason", family, LocalDate.of(1984, 7, 9)),
            List.of(child.id()),
            "PC Hale",
            today().minusDays(2),
            today().plusMonths(6),
            "Found at the flat with the child."));

    signIn(p.username(Role.INFORMATION_GOVERNANCE));
    navLink("Adults: subject access").click();
    assertThat(page.locator("h1")).hasText("Subject access for an adult of concern");
    assertAccessible();
    button("Find").click();
    assertThat(page.locator(".govuk-error-summary"))
        .containsText("Enter all or part of the adult's name");
    assertAccessible();
    page.getByLabel("Name").fill(family);
    button("Find").click();
    assertThat(page.locator("#adults")).containsText("Mason " + family);
    assertAccessible();
    link("Mason " + family).click();
    assertThat(page.locator("h1")).hasText("Mason " + family);
    assertAccessible();
    page.getByLabel("JSON").check();
    Download download = page.waitForDownload(() -> button("Export").click());
    String json = Files.readString(download.path(), StandardCharsets.UTF_8);

    assertThat(json)
        .contains("Mason", family, "Child abduction warning notice served on the adult")
        .doesNotContain(child.familyName())
        .doesNotContain("PC Hale");
  }
}
