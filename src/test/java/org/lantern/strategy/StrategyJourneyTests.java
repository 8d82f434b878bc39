package org.lantern.strategy;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.lantern.access.CurrentUser;
import org.lantern.casework.TeamRouting;
import org.lantern.people.ChildSummary;
import org.lantern.platform.LanternTime;
import org.lantern.referral.FrontDoor;
import org.lantern.referral.ThresholdDecision;
import org.lantern.testing.BrowserJourney;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The front door decided a strategy discussion about a girl; her younger brother is discussed with
 * her. The worker adds him from the start page's search, is told what is missing when saving the
 * meeting, records it with police and health, and the meeting is on both children's files. Every
 * page checked with axe.
 */
class StrategyJourneyTests extends BrowserJourney {

  @Autowired TeamRouting routing;
  @Autowired FrontDoor door;

  @Test
  void aStrategyDiscussionAboutABrotherAndSisterIsRecordedOnBothFiles() {
    clock.reset();
    StrategyScenario s = new StrategyScenario(fixtures, routing, door, clock);
    ChildSummary sister = s.decided(ThresholdDecision.EXPLOITATION_PATHWAY);
    ChildSummary brother =
        fixtures.aChild(s.p).named("Corin", "Vantablack").born(2014, 2, 9).persisted();

    signIn(s.frontDoor.username());
    visit("/children/" + sister.id());
    link("Start a strategy discussion").click();
    assertThat(page.locator("#meeting-children")).containsText(sister.name());
    assertAccessible();

    // A brother is added through the search, and comes back to the start page.
    link("Add a brother or sister").click();
    assertThat(page.locator("h1")).hasText("Find a brother or sister");
    page.getByLabel("Name").fill("Corin Vantablack");
    button("Search").click();
    assertAccessible();
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add to the meeting"))
        .first()
        .click();
    assertThat(page).hasURL(Pattern.compile("/children/" + sister.id() + "/strategy/new\\?.*"));
    assertThat(page.locator("#meeting-children")).containsText(sister.name());
    assertThat(page.locator("#meeting-children")).containsText(brother.name());
    assertAccessible();
    button("Start the meeting").click();

    // Saving with nothing filled in says what is missing, by the field.
    assertThat(page).hasURL(Pattern.compile("/strategy/meetings/[0-9a-f-]{36}/record$"));
    assertThat(page.locator(".govuk-caption-l")).containsText(brother.name());
    button("Save the meeting").click();
    assertThat(page.locator(".govuk-error-summary")).isVisible();
    assertAccessible();

    // Held half an hour after it was started.
    clock.advance(Duration.ofMinutes(30));
    LocalDate today = LocalDate.now(clock.withZone(LanternTime.ZONE));
    fillDate("heldOn", today);
    page.getByLabel("Time held")
        .fill(LocalTime.now(clock.withZone(LanternTime.ZONE)).withSecond(0).withNano(0).toString());
    for (CurrentUser person : List.of(s.police, s.health)) {
      page.getByLabel(person.displayName() + " was invited").check();
      page.getByLabel(person.displayName() + " took part").check();
    }
    page.getByLabel("What is known").fill("Both seen with older males near the station.");
    page.getByLabel("Section 47 enquiry").check();
    page.getByLabel("Reasons for the decision").fill("Risk of harm to both children.");
    button("Save the meeting").click();
    assertThat(page.locator(".govuk-error-summary")).not().isVisible();
    assertThat(page).hasURL(Pattern.compile("/strategy/meetings/[0-9a-f-]{36}$"));
    assertThat(page.locator("main")).containsText("Section 47 enquiry");
    assertAccessible();

    // The meeting is on the brother's file too.
    visit("/children/" + brother.id());
    assertThat(page.locator("section[aria-labelledby=strategy-meetings]"))
        .containsText("Strategy discussion");
    assertAccessible();
  }
}
