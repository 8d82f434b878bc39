package org.lantern.referral;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.access.NewUser;
import org.lantern.access.Role;
import org.lantern.people.ChildSummary;
import org.lantern.testing.BrowserJourney;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;

class FrontDoorJourneyTests extends BrowserJourney {

  @Autowired Directory directory;

  @Test
  void theFrontDoorSeesTheFourthConcernAsTheFourthDecidesItAndTheReferrerIsTold() {
    TestPartnership p = fixtures.partnership();
    ChildSummary child = fixtures.child(p);
    CurrentUser police = p.user(Role.POLICE);
    CurrentUser nurse = p.user(Role.HEALTH_SAFEGUARDING_LEAD);
    CurrentUser charity = p.user(Role.MISSING_SERVICE_WORKER);
    UUID first = fixtures.concern(police, child, RiskIndicator.MISSING);
    clock.advance(Duration.ofHours(1));
    UUID second = fixtures.concern(nurse, child, RiskIndicator.SUBSTANCE_MISUSE);
    clock.advance(Duration.ofHours(1));
    UUID third = fixtures.concern(charity, child, RiskIndicator.OLDER_PARTNER);
    clock.advance(Duration.ofHours(1));

    // A teacher raises the fourth concern about the same child.
    signIn(p.username(Role.PRACTITIONER));
    visit("/concerns/new?child=" + child.id());
    page.getByLabel("No", new Page.GetByLabelOptions().setExact(true)).check();
    page.getByLabel("What happened?").fill("She arrived at school in a taxi paid for by a man.");
    fillDate("occurredOn", today());
    page.getByLabel("Unexplained gifts or money").check();
    button("Submit concern").click();
    assertThat(page).hasURL(Pattern.compile("/concerns/[0-9a-f-]{36}/submitted$"));
    String reference = page.locator(".govuk-panel__body strong").textContent();
    signOut();

    // The front door's queue is oldest first, the teacher's concern last.
    signIn(p.username(Role.FRONT_DOOR));
    navLink("Front door").click();
    assertThat(page.locator("main")).containsText("4 new concerns, oldest first.");
    assertAccessible();
    Locator rows = page.locator("tbody tr");
    assertThat(rows).hasCount(4);
    List<UUID> earlier = List.of(first, second, third);
    for (int i = 0; i < earlier.size(); i++) {
      assertThat(rows.nth(i).getByRole(AriaRole.LINK))
          .hasAttribute("href", "/front-door/concerns/" + earlier.get(i));
    }
    assertThat(rows.nth(3)).containsText(reference);
    assertThat(rows.nth(3)).containsText(p.user(Role.PRACTITIONER).agencyName());

    rows.nth(3).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(reference)).click();
    assertAccessible();
    assertThat(page.locator("h1")).hasText(child.fullName());
    Locator known = page.locator("[aria-labelledby=known-title]");
    assertThat(known).containsText("This is concern 4 of 4 about this child.");
    assertThat(known).containsText("3 earlier concerns:");
    for (CurrentUser referrer : List.of(police, nurse, charity)) {
      assertThat(known).containsText("1 from " + referrer.agencyName());
    }
    Locator chronology = page.locator(".lantern-chronology");
    assertThat(chronology.locator(".moj-timeline__item")).hasCount(4);
    for (CurrentUser referrer : List.of(police, nurse, charity, p.user(Role.PRACTITIONER))) {
      assertThat(chronology).containsText("Concern from " + referrer.agencyName());
    }

    // A decision without a choice or reasons is refused in the GOV.UK way.
    button("Record decision").click();
    assertThat(page).hasTitle(Pattern.compile("^Error: "));
    Locator summary = page.locator(".govuk-error-summary");
    assertThat(summary.locator("a[href='#decision']")).hasText("Select a threshold decision");
    assertThat(summary.locator("a[href='#reasons']")).hasText("Enter the reasons for the decision");
    assertThat(page.locator("#reasons-error")).containsText("Enter the reasons for the decision");
    assertAccessible();

    page.getByLabel("Exploitation pathway", new Page.GetByLabelOptions().setExact(true)).check();
    page.getByLabel("Reasons for the decision")
        .fill("Fourth concern in a month from four agencies: gifts, older partner, missing.");
    button("Record decision").click();
    assertThat(page.locator(".govuk-notification-banner--success"))
        .containsText("Decision recorded. The referrer has been told.");
    assertThat(page.locator(".lantern-decision")).containsText("Exploitation pathway");
    assertAccessible();
    navLink("Front door").click();
    assertThat(page.locator("tbody tr")).hasCount(3);
    assertThat(page.locator("main")).not().containsText(reference);
    signOut();

    // The teacher sees the outcome and is told in the inbox.
    signIn(p.username(Role.PRACTITIONER));
    navLink("My referrals").click();
    Locator row = page.locator("tbody tr", new Page.LocatorOptions().setHasText(reference));
    assertThat(row.locator("strong.govuk-tag")).hasText("Exploitation pathway");
    row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(reference)).click();
    assertThat(page.locator(".lantern-decision"))
        .containsText("Fourth concern in a month from four agencies");
    assertThat(page.locator(".lantern-decision"))
        .containsText("Decided by " + p.user(Role.FRONT_DOOR).displayName());
    assertAccessible();
    visit("/inbox");
    Locator notice =
        page.locator("tbody tr", new Page.LocatorOptions().setHasText(reference)).first();
    assertThat(notice).containsText("The front door has decided on your referral");
    assertAccessible();
  }

  @Test
  void whenTwoWorkersDecideTheSameConcernTheSecondIsToldWhoDecidedAndNothingOfTheirsIsSaved() {
    TestPartnership p = fixtures.partnership();
    ChildSummary child = fixtures.child(p);
    UUID concern = fixtures.concern(p.user(Role.PRACTITIONER), child, RiskIndicator.ONLINE_HARM);
    String colleague = "front-door-2-" + p.suffix();
    directory.createUser(
        new NewUser(
            colleague,
            "Second front-door worker",
            colleague + "@test.invalid",
            org.lantern.testing.TestPartnership.PASSWORD,
            Role.FRONT_DOOR,
            p.councilId(),
            null));
    String first = p.user(Role.FRONT_DOOR).displayName();

    signIn(p.username(Role.FRONT_DOOR));
    visit("/front-door/concerns/" + concern);
    Page other = anotherBrowser();
    signIn(other, colleague);
    other.navigate(url("/front-door/concerns/" + concern));
    assertThat(other.locator("h1")).hasText(child.fullName());

    page.getByLabel("Early help", new Page.GetByLabelOptions().setExact(true)).check();
    page.getByLabel("Reasons for the decision").fill("Early help: the family asked for support.");
    button("Record decision").click();
    assertThat(page.locator(".govuk-notification-banner--success"))
        .containsText("Decision recorded");

    other
        .getByLabel(
            "Child protection strategy discussion", new Page.GetByLabelOptions().setExact(true))
        .check();
    other.getByLabel("Reasons for the decision").fill("Strategy discussion: images shared online.");
    button(other, "Record decision").click();

    Locator conflict = other.locator(".govuk-error-summary");
    assertThat(conflict).containsText("There is a problem");
    assertThat(conflict).containsText(first + " recorded a decision on this concern at ");
    assertThat(conflict)
        .containsText("while you were working on it: Early help. Your decision was not saved.");
    assertThat(other).hasTitle(Pattern.compile("^Error: "));
    assertThat(other.locator(".lantern-decision")).containsText("Early help");
    assertAccessible(other);

    other.navigate(url("/front-door/concerns/" + concern));
    assertThat(other.locator(".lantern-decision")).containsText("Early help");
    assertThat(other.locator(".lantern-decision"))
        .containsText("Early help: the family asked for support.");
    assertThat(other.locator(".lantern-decision")).containsText("Decided by " + first);
    assertThat(other.locator("main")).not().containsText("images shared online");
    assertThat(other.locator("main")).not().containsText("Second front-door worker");
  }
}
