package org.lantern.people;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.lantern.testing.ChildBuilder.aChild;

import com.microsoft.playwright.Locator;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lantern.access.Role;
import org.lantern.referral.ChildChoice;
import org.lantern.referral.ConcernContent;
import org.lantern.referral.ConcernSubmission;
import org.lantern.referral.RiskIndicator;
import org.lantern.testing.BrowserJourney;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The front door meets a concern about Olivia Twinsbury while Lantern knows Oliver Twinsbury, born
 * the same day: the queue and the concern say the child may already be known, the two side by side;
 * the front door keeps them apart (after being asked why), then checks the move page. Every page
 * checked with axe.
 */
class PossibleMatchJourneyTests extends BrowserJourney {

  static final LocalDate BORN = LocalDate.of(2013, 5, 5);

  @Autowired ConcernSubmission submission;

  @Test
  void theFrontDoorComparesTheTwoAndKeepsThemApart() {
    TestPartnership p = fixtures.partnership();
    fixtures.child(
        p, aChild("Oliver", "Twinsbury").sex(Sex.MALE).born(BORN).district(p.districtId()).build());
    UUID concern =
        submission.raise(
            p.user(Role.PRACTITIONER),
            ChildChoice.described(aChild("Olivia", "Twinsbury").sex(Sex.FEMALE).born(BORN).build()),
            new ConcernContent(
                "Seen getting into cars with older men.",
                today().minusDays(1),
                "Bus station",
                false,
                Set.of(RiskIndicator.SEXUAL_EXPLOITATION)),
            UUID.randomUUID().toString(),
            List.of());

    signIn(p.username(Role.FRONT_DOOR));
    navLink("Front door").click();
    Locator row = page.locator("tbody tr").filter(new Locator.FilterOptions().setHasText("Olivia"));
    assertThat(row).containsText("May already be known");
    assertAccessible();

    row.locator("a").first().click();
    assertThat(page.locator("h1")).hasText("Olivia Twinsbury");
    Locator banner = page.locator("[aria-labelledby=possible-matches-title]");
    assertThat(banner)
        .containsText("This child may already be known to Lantern as Oliver Twinsbury.");
    assertThat(banner.locator("tbody tr").first()).containsText("Different");
    assertThat(page.locator(".lantern-described")).containsText("As described");
    assertAccessible();

    banner.getByText("Compare and decide").click();
    assertThat(page.locator("h1"))
        .hasText("Are Olivia Twinsbury and Oliver Twinsbury the same child?");
    assertAccessible();
    button("Save decision").click();
    assertThat(page.locator(".govuk-error-summary"))
        .containsText("Select whether they are the same child");
    assertAccessible();
    page.getByLabel("Different children: keep them apart").check();
    page.getByLabel("Why").fill("Twins: the school has both on its roll.");
    button("Save decision").click();

    assertThat(page).hasURL(url("/front-door/concerns/" + concern));
    assertThat(page.locator(".govuk-notification-banner--success"))
        .containsText("The records are kept apart.");
    assertThat(page.locator("[aria-labelledby=possible-matches-title]")).hasCount(0);
    assertAccessible();

    link("This concern is about another child").click();
    assertThat(page.locator("h1")).hasText("Move this concern to the child it is about");
    assertThat(page.getByLabel("A new record for Olivia Twinsbury, as described")).isVisible();
    assertAccessible();

    goTo("Possible matches");
    assertThat(page.locator("main")).containsText("There are no possible matches waiting.");
    assertAccessible();
  }
}
