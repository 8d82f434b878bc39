package org.lantern.risk;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.lantern.access.Directory;
import org.lantern.access.NewUser;
import org.lantern.access.RelationshipKind;
import org.lantern.access.Relationships;
import org.lantern.access.Role;
import org.lantern.people.ChildSummary;
import org.lantern.testing.BrowserJourney;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;

class ScreeningJourneyTests extends BrowserJourney {

  @Autowired ScreeningTools tools;
  @Autowired ServiceTeams serviceTeams;
  @Autowired Directory directory;
  @Autowired Relationships relationships;

  @Test
  void aSocialWorkerCompletesAScreeningTheManagerSignsItOffAndTheCoordinatorExportsTheTracker()
      throws IOException {
    TestPartnership p = fixtures.partnership();
    tools.publish(p.user(Role.PARTNERSHIP_ADMIN), ScreeningIntegrationTests.TOOL_V1, null);
    ChildSummary child = fixtures.child(p);
    relationships.linkTeam(child.id(), p.teamId(), RelationshipKind.ALLOCATED_TEAM);

    // The social worker starts a screening from the child's file and saves a draft.
    signIn(p.username(Role.SOCIAL_WORKER));
    visit("/children/" + child.id());
    assertThat(page.locator(".lantern-risk")).containsText("No screening has been submitted");
    button("Start a screening: Test screening").click();
    assertThat(page.locator("h1")).hasText("Test screening");
    page.locator("#item-a").check();
    button("Save as draft").click();
    assertThat(page.locator(".govuk-notification-banner--success")).containsText("Draft saved");

    // Coming back finds the draft; continuing with questions unanswered lists them.
    visit("/children/" + child.id());
    link("Continue your screening").click();
    assertThat(page.locator("#item-a")).isChecked();
    button("Continue").click();
    assertThat(page).hasTitle(Pattern.compile("^Error: "));
    Locator summary = page.locator(".govuk-error-summary");
    assertThat(summary).containsText("3 questions are not answered yet");
    assertThat(summary.locator("a[href='#item-b']")).hasText("Answer: Indicator B");
    assertThat(summary.locator("a[href='#item-voice']")).hasText("Answer: In their words");
    assertThat(page.locator("#item-grave-error")).containsText("Select yes, no or not known");
    assertAccessible();

    page.locator("#item-b").check();
    page.locator("#item-grave-NO").check();
    page.getByLabel("In their words").fill("They are my friends, they look after me.");
    button("Continue").click();

    // The level the answers give, and why; she records high on professional judgement.
    assertThat(page.locator("h1")).hasText("Check the level");
    assertThat(page.locator(".lantern-level-panel")).containsText("Medium");
    assertThat(page.locator(".lantern-explanation"))
        .containsText("add up to 3: Medium starts at 3");
    assertAccessible();
    button("Submit screening").click();
    assertThat(page.locator("#judgement-error")).containsText("Select whether you agree");
    page.getByLabel("No, record a different level on professional judgement").check();
    page.getByLabel("High", new Page.GetByLabelOptions().setExact(true)).check();
    page.getByLabel("Why a different level").fill("Seen getting into different cars every night.");
    button("Submit screening").click();
    assertThat(page.locator(".govuk-notification-banner--success"))
        .containsText("waiting for a team manager's sign-off");
    assertThat(page.locator(".govuk-summary-list").first()).containsText("the answers gave Medium");
    assertAccessible();
    signOut();

    // The team manager signs it off from their screenings page.
    signIn(p.username(Role.TEAM_MANAGER));
    navLink("Screenings").click();
    assertThat(page.locator("main")).containsText("1 screening to sign off");
    link(child.name()).first().click();
    button("Record sign-off").click();
    assertThat(page.locator("#outcome-error")).containsText("Select whether you agree");
    page.getByLabel("Agree and sign off").check();
    button("Record sign-off").click();
    assertThat(page.locator(".govuk-notification-banner--success"))
        .containsText("The child has been referred to the exploitation and missing service");
    assertAccessible();
    signOut();

    // The coordinator finds the child on the tracker, filtered to high, and exports it.
    signIn(p.username(Role.EXPLOITATION_COORDINATOR));
    navLink("Tracker").click();
    page.getByLabel("Level").selectOption("HIGH");
    button("Apply filters").click();
    Locator row = page.locator("table.lantern-tracker tbody tr");
    assertThat(row).hasCount(1);
    assertThat(row).containsText(child.name());
    assertThat(row).containsText("Signed off");
    assertAccessible();
    Download download = page.waitForDownload(() -> link("Download as CSV").click());
    String csv = Files.readString(download.path());
    assertThat(csv).startsWith("name,date_of_birth,age,sex,district,team,placement,level");
    assertThat(csv).contains(child.name() + "," + child.dateOfBirth());
    assertThat(csv).contains(",High,").contains(",Yes,");
    assertThat(csv.lines().findFirst().orElseThrow())
        .endsWith("sex_code,placement_code,level_code");
    assertThat(csv).contains(",HIGH");

    // The child's file carries the indicator and the history.
    row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(child.name())).click();
    assertThat(page.locator(".lantern-indicators")).containsText("Risk: high");
    assertThat(page.locator(".lantern-risk")).containsText("Referred");
    assertThat(page.locator(".lantern-chronology")).containsText("Risk screening: High");
    assertAccessible();
  }

  @Test
  void anAdministratorIsToldExactlyWhatIsWrongWithADefinitionAndTheServiceAcceptsAReferral() {
    TestPartnership p = fixtures.partnership();
    signIn(p.username(Role.PARTNERSHIP_ADMIN));
    navLink("Screening tools").click();
    assertThat(page.locator("main")).containsText("no screening tool yet");
    button("Publish Lantern's example tool").click();
    assertThat(page.locator(".govuk-notification-banner--success"))
        .containsText("Published as version 1.");
    assertThat(page.locator("h1")).hasText("Exploitation screening (example)");
    assertAccessible();

    String bad =
        ScreeningIntegrationTests.TOOL_V1
            .replace("id: test-screening", "id: test-tool")
            .replace("- {id: b,", "- {id: a,")
            .replace("any-of: [grave]", "any-of: [gravel]");
    visit("/screening-tools/new");
    page.getByLabel("Tool definition").fill(bad);
    button("Check and publish").click();
    Locator summary = page.locator(".govuk-error-summary");
    assertThat(summary)
        .containsText("There are 2 problems with the definition. Nothing was published.");
    assertThat(summary)
        .containsText(
            "Line 9, sections[1].indicators[2].id: the id a is used twice (first on line 8)");
    assertThat(summary)
        .containsText(
            "Line 14, rules[1].any-of: the rule names an indicator that does not exist: gravel");
    assertAccessible();
    page.getByLabel("Tool definition")
        .fill(
            bad.replace("- {id: a, text: Indicator B", "- {id: b, text: Indicator B")
                .replace("[gravel]", "[grave]"));
    button("Check and publish").click();
    assertThat(page.locator(".govuk-notification-banner--success"))
        .containsText("Published as version 1.");
    signOut();

    // A low screening, signed off, refers the child; the service accepts and counts it.
    UUID team = directory.createTeam(p.charityId(), "Service north " + p.suffix());
    String serviceWorker = "service-" + p.suffix();
    directory.createUser(
        new NewUser(
            serviceWorker,
            "Tess Ward",
            null,
            TestPartnership.PASSWORD,
            Role.MISSING_SERVICE_WORKER,
            p.charityId(),
            team));
    serviceTeams.cover(p.id(), team, List.of(p.districtId()));
    ChildSummary child = fixtures.child(p);
    relationships.linkTeam(child.id(), p.teamId(), RelationshipKind.ALLOCATED_TEAM);
    signIn(p.username(Role.SOCIAL_WORKER));
    visit("/children/" + child.id());
    button("Start a screening: Test screening").click();
    page.locator("#item-a").check();
    page.locator("#item-b-NO").check();
    page.locator("#item-grave-NO").check();
    page.getByLabel("In their words").fill("Nothing to say.");
    button("Continue").click();
    page.getByLabel("Yes, the level is Low").check();
    button("Submit screening").click();
    signOut();

    signIn(p.username(Role.TEAM_MANAGER));
    navLink("Screenings").click();
    link(child.name()).first().click();
    page.getByLabel("Agree and sign off").check();
    button("Record sign-off").click();
    signOut();

    signIn(serviceWorker);
    navLink("Service referrals").click();
    Locator row = page.locator("tbody tr", new Page.LocatorOptions().setHasText(child.name()));
    assertThat(row).containsText("Low");
    assertAccessible();
    row.getByRole(AriaRole.LINK).click();
    button("Save decision").click();
    assertThat(page.locator(".govuk-error-summary"))
        .containsText("Choose whether the service accepts or declines the referral");
    assertAccessible();
    page.getByLabel("Accept", new Page.GetByLabelOptions().setExact(true)).check();
    page.getByLabel("Worker")
        .selectOption(new SelectOption().setLabel("Tess Ward (Service north " + p.suffix() + ")"));
    page.getByLabel("Early intervention").check();
    button("Save decision").click();
    assertThat(page.locator(".govuk-notification-banner--success"))
        .containsText("Referral accepted.");
    assertThat(page.locator("main")).containsText("Close the work");
    assertAccessible();

    link("Back to service referrals").click();
    link("Quarterly figures").click();
    assertThat(page.locator("#service-summary"))
        .hasText("Referrals received: 1. Risk ratings: 0 high, 0 medium, 1 low.");
    assertAccessible();
    link("Show the wider-circulation version").click();
    assertThat(page.locator("#service-summary")).containsText("Referrals received: c.");
    assertThat(page.locator("#service-summary")).containsText("c low.");
    assertAccessible();
    visit("/children/" + child.id());
    assertThat(page.locator(".lantern-risk")).containsText("accepted by Tess Ward");
  }
}
