package org.lantern.casework;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.access.Role;
import org.lantern.missing.EpisodeDetails;
import org.lantern.missing.Episodes;
import org.lantern.missing.MissingFrom;
import org.lantern.missing.RiskGrading;
import org.lantern.people.ChildSummary;
import org.lantern.referral.FrontDoor;
import org.lantern.risk.ScreeningTools;
import org.lantern.risk.Screenings;
import org.lantern.testing.BrowserJourney;
import org.lantern.testing.TestScreeningTools;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A teacher refers; the front door decides the exploitation pathway; the district team's manager
 * allocates a worker; the worker is told, opens the child's file and adds the school's safeguarding
 * lead to the professional network; the lead then sees the screening's level but not its answers
 * and not the police's missing episode. Every page checked with axe.
 */
class CaseworkJourneyTests extends BrowserJourney {

  @Autowired Directory directory;
  @Autowired TeamRouting routing;
  @Autowired FrontDoor frontDoor;
  @Autowired ScreeningTools tools;
  @Autowired Screenings screenings;
  @Autowired Episodes episodes;

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
    goTo("Team queue");
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
    goTo("Our team's children");
    assertThat(page.locator("main")).containsText(s.worker.displayName());
    assertAccessible();
    signOut();

    // The worker is told, finds the child on My children, opens the file.
    signIn(s.worker.username());
    visit("/inbox");
    assertThat(page.locator("main")).containsText("A child has been allocated to you");
    goTo("My children");
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

    // The worker screens the child (medium: the child's own words stay with those who see answers)
    // and the police record a missing episode.
    tools.publish(
        s.p.user(Role.PARTNERSHIP_ADMIN),
        TestScreeningTools.simple("test-screening", "Test screening"),
        null);
    UUID screening = screenings.start(s.worker, child.id(), "test-screening");
    Map<String, String> answers = new HashMap<>();
    answers.put("a", "YES");
    answers.put("b", "YES");
    answers.put("grave", "NO");
    answers.put("voice", "OWN-WORDS they are my friends, they look after me");
    screenings.save(s.worker, screening, screenings.open(s.worker, screening).version(), answers);
    screenings.submit(
        s.worker, screening, screenings.open(s.worker, screening).version(), null, null);
    Instant missing = clock.instant().minus(Duration.ofDays(1));
    String policeReference = "MP-CW-" + UUID.randomUUID().toString().substring(0, 8);
    episodes.record(
        s.p.user(Role.POLICE),
        null,
        new EpisodeDetails(
            child.id(),
            policeReference,
            MissingFrom.HOME,
            missing,
            "Home address",
            missing.plus(Duration.ofHours(10)),
            "Bus station",
            null,
            null,
            RiskGrading.MEDIUM));
    signOut();

    // The school's lead, now in the network, sees the screening's level but not its answers, and
    // not the police's missing episode.
    signIn(teacher.username());
    visit("/children/" + child.id());
    assertThat(page.locator("h1")).hasText(child.fullName());
    assertThat(page.locator("main")).containsText("Medium");
    assertThat(page.locator("main")).not().containsText("OWN-WORDS");
    assertThat(page.locator("main")).not().containsText(policeReference);
    assertAccessible();
  }
}
