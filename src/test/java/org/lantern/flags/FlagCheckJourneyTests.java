package org.lantern.flags;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lantern.access.CurrentUser;
import org.lantern.access.RelationshipKind;
import org.lantern.access.Relationships;
import org.lantern.access.Role;
import org.lantern.people.ChildSummary;
import org.lantern.risk.ScreeningTools;
import org.lantern.risk.Screenings;
import org.lantern.testing.BrowserJourney;
import org.lantern.testing.TestPartnership;
import org.lantern.testing.TestScreeningTools;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An A&E clinician checks a child's flags → the allocated worker sees the notice → the child's file
 * lists the check; each page checked with axe.
 */
class FlagCheckJourneyTests extends BrowserJourney {

  static final String TOOL = TestScreeningTools.simple("journey-flags", "Journey flags");

  @Autowired Screenings screenings;
  @Autowired ScreeningTools tools;
  @Autowired Relationships relationships;

  @Test
  void aClinicianChecksTheWorkerIsToldAndTheFileListsTheCheck() {
    TestPartnership p = fixtures.partnership();
    tools.publish(p.user(Role.PARTNERSHIP_ADMIN), TOOL, null);
    ChildSummary child = fixtures.child(p);
    CurrentUser worker = p.user(Role.SOCIAL_WORKER);
    relationships.link(child.id(), worker.id(), RelationshipKind.ALLOCATED_WORKER);
    screenHigh(p, child);

    signIn(p.username(Role.UNSCHEDULED_CARE_CLINICIAN));
    navLink("Check flags").click();
    assertThat(page.locator("h1")).hasText("Where are you checking from?");
    assertAccessible();
    page.getByLabel("Your setting").fill("Tamsford General emergency department");
    button("Continue").click();
    assertThat(page.locator("h1")).hasText("Check a child's flags");
    assertAccessible();
    page.getByLabel("NHS number").fill(child.nhsNumber());
    button("Check").click();
    assertThat(page.locator("h1")).hasText("Flags check");
    assertThat(page.locator("main"))
        .containsText("Assessed at medium or high risk of exploitation");
    assertThat(page.locator("main")).not().containsText(child.familyName());
    assertAccessible();
    signOut();

    signIn(worker.username());
    navLink("Inbox").click();
    assertThat(page.locator(".lantern-alerts")).containsText("Flags checked from unscheduled care");
    assertThat(page.locator(".lantern-alerts"))
        .containsText("From Tamsford General emergency department");
    assertAccessible();

    visit("/children/" + child.id());
    assertThat(page.locator(".lantern-flag-checks"))
        .containsText("Tamsford General emergency department");
    assertAccessible();
  }

  private void screenHigh(TestPartnership p, ChildSummary child) {
    CurrentUser fd = p.user(Role.FRONT_DOOR);
    UUID id = screenings.start(fd, child.id(), "journey-flags");
    Map<String, String> answers = new HashMap<>();
    answers.put("a", "NO");
    answers.put("b", "NO");
    answers.put("grave", "YES");
    answers.put("voice", "Voice of the child.");
    screenings.save(fd, id, screenings.open(fd, id).version(), answers);
    screenings.submit(fd, id, screenings.open(fd, id).version(), null, null);
  }
}
