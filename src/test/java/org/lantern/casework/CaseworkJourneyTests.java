package org.lantern.casework;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.access.Role;
import org.lantern.people.ChildSummary;
import org.lantern.referral.FrontDoor;
import org.lantern.testing.BrowserJourney;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A teacher refers; the front door decides the exploitation pathway; the district team's manager
 * allocates a worker; the worker is told, opens the child's file and adds the school's safeguarding
 * lead to the professional network. Every page checked with axe.
 */
class CaseworkJourneyTests extends BrowserJourney {

  @Autowired Directory directory;
  @Autowired TeamRouting routing;
  @Autowired FrontDoor frontDoor;

  @Test
  void aReferralReachesAWorkerWhoRecordsTheSchoolsLeadInTheNetwork() {
    CaseworkScenario s = new CaseworkScenario(fixtures, directory, routing, frontDoor);
    ChildSummary child = fixtures.child(s.p);
    CurrentUser teacher = s.p.user(Role.PRACTITIONER);

    // The teacher raises a concern.
    signIn(teacher.username());
    visit("/concerns/new?child=" + child.id());
    page.getByLabel("No", new Page.GetByLabelOptions().setExact(true)).check();
    page.getByLabel("What happened?").fill("Collected from school by an older man in a car.");
    fillDate("occurredOn", today());
    page.getByLabel("Unexplained gifts or money").check();
    button("Submit concern").click();
    assertThat(page).hasURL(Pattern.compile("/concerns/[0-9a-f-]{36}/submitted$"));
    String reference = page.locator(".govuk-panel__body strong").textContent();
    signOut();

    // The front door decides the exploitation pathway; the district's team is the default.
    signIn(s.frontDoor.username());
    navLink("Front door").click();
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(reference)).click();
    assertThat(page.locator("select#team")).isVisible();
    assertAccessible();
    page.getByLabel("Exploitation pathway", new Page.GetByLabelOptions().setExact(true)).check();
    page.getByLabel("Reasons for the decision")
        .fill("Gifts and an older man: screen and allocate.");
    button("Record decision").click();
    assertThat(page.locator(".govuk-notification-banner--success")).isVisible();
    signOut();

    // The team's manager sees the child on the queue and allocates a worker.
    signIn(s.manager.username());
    navLink("Team queue").click();
    assertAccessible();
    Locator row = page.locator("tbody tr", new Page.LocatorOptions().setHasText(child.name()));
    assertThat(row).containsText("Exploitation pathway");
    assertThat(row).containsText("Gifts and an older man: screen and allocate.");
    row.getByRole(AriaRole.LINK).click();
    assertAccessible();
    button("Allocate").click();
    assertThat(page.locator(".govuk-error-summary")).containsText("Select the worker to allocate");
    assertAccessible();
    page.getByLabel(s.worker.displayName(), new Page.GetByLabelOptions().setExact(true)).check();
    button("Allocate").click();
    assertThat(page.locator(".govuk-notification-banner--success"))
        .containsText("The child is allocated, and the worker has been told.");
    navLink("Our team's children").click();
    assertThat(page.locator("main")).containsText(s.worker.displayName());
    assertAccessible();
    signOut();

    // The worker is told, finds the child on My children, opens the file.
    signIn(s.worker.username());
    visit("/inbox");
    assertThat(page.locator("main")).containsText("A child has been allocated to you");
    navLink("My children").click();
    assertAccessible();
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(child.name())).click();
    assertThat(page.locator("#child-case").locator("..")).containsText(s.worker.displayName());
    assertAccessible();

    // ... and adds the school's safeguarding lead to the network (refused once without a role).
    link("See or change the professional network").click();
    assertAccessible();
    page.locator("select#person")
        .selectOption(new SelectOption().setValue(teacher.id().toString()));
    button("Add to the network").click();
    assertThat(page.locator("#role-error")).containsText("Select their role with the child");
    assertAccessible();
    page.locator("select#role").selectOption("SCHOOL_SAFEGUARDING_LEAD");
    page.locator("select#person")
        .selectOption(new SelectOption().setValue(teacher.id().toString()));
    button("Add to the network").click();
    assertThat(page.locator(".govuk-notification-banner--success"))
        .containsText("They are added to the child's network.");
    assertThat(page.locator("tbody")).containsText(teacher.displayName());
    assertAccessible();
  }
}
