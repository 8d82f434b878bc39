package org.lantern.referral;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.util.List;
import java.util.Set;
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
  @Autowired ConcernSubmission submission;

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

    // None is in immediate danger or overdue: the queue is oldest first, the teacher's last.
    signIn(p.username(Role.FRONT_DOOR));
    navLink("Front door").click();
    assertThat(page.locator("main")).containsText("4 new concerns are waiting");
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
    goTo("My referrals");
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
            TestPartnership.PASSWORD,
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
    assertThat(conflict).containsText(first + " recorded a decision on this concern on ");
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

  @Test
  void immediateDangerTopsTheQueueAPickUpIsSeenByASecondWorkerAndItFitsAPhone() {
    TestPartnership p = fixtures.partnership();
    ChildSummary child = fixtures.child(p);
    CurrentUser teacher = p.user(Role.PRACTITIONER);
    for (int i = 0; i < 8; i++) {
      fixtures.concern(teacher, fixtures.child(p), RiskIndicator.ONLINE_HARM);
      clock.advance(Duration.ofMinutes(10));
    }
    UUID danger =
        submission.raise(
            teacher,
            ChildChoice.existing(child.id()),
            new ConcernContent(
                "She got into a car with two men outside school just now.",
                today(),
                "School gates",
                true,
                Set.of(RiskIndicator.SEXUAL_EXPLOITATION)),
            UUID.randomUUID().toString(),
            List.of());
    String colleague = "front-door-3-" + p.suffix();
    directory.createUser(
        new NewUser(
            colleague,
            "Priya Third",
            colleague + "@test.invalid",
            TestPartnership.PASSWORD,
            Role.FRONT_DOOR,
            p.councilId(),
            null));

    // The newest concern is the one in immediate danger: it is first, marked unmistakably.
    signIn(colleague);
    navLink("Front door").click();
    Locator first = page.locator("tbody tr").first();
    assertThat(first).hasClass(Pattern.compile("lantern-row--danger"));
    assertThat(first.locator(".lantern-danger-tag")).hasText("Immediate danger");
    assertThat(first.getByRole(AriaRole.LINK))
        .hasAttribute("href", "/front-door/concerns/" + danger);
    assertAccessible();

    // Priya picks it up.
    first.getByRole(AriaRole.LINK).click();
    button("Pick this up").click();
    assertThat(page.locator("#pick-up")).containsText("You are looking at this concern");
    assertAccessible();

    // A second worker sees who is looking at it, and since when, on the queue and the concern.
    Page other = anotherBrowser();
    signIn(other, p.username(Role.FRONT_DOOR));
    other.navigate(url("/front-door"));
    assertThat(other.locator("tbody tr").first())
        .containsText("Being looked at by Priya Third since ");
    other.navigate(url("/front-door/concerns/" + danger));
    assertThat(other.locator("#pick-up"))
        .containsText("Priya Third has been looking at this concern since ");
    assertAccessible(other);

    // Searching by the child's name finds only that child's concern; the search stays in the
    // address so that it can be shared.
    other.navigate(url("/front-door"));
    other.getByLabel("Child's name or reference").fill(child.fullName());
    button(other, "Search").click();
    assertThat(other).hasURL(Pattern.compile("search="));
    assertThat(other.locator("tbody tr")).hasCount(1);
    assertThat(other.locator("main")).containsText("Showing 1 to 1 of 1");
    assertAccessible(other);

    // At 375 pixels wide the queue stacks: nothing pushes the page sideways, the clocks show.
    page.setViewportSize(375, 800);
    visit("/front-door");
    Object overflow =
        page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth");
    org.assertj.core.api.Assertions.assertThat(overflow).isEqualTo(false);
    assertThat(page.locator("tbody tr").first()).containsText("Decision due in");
    var clocks = page.locator("tbody tr").first().locator("td").nth(2).boundingBox();
    org.assertj.core.api.Assertions.assertThat(clocks.x + clocks.width)
        .as("the clocks are within the phone's width")
        .isLessThanOrEqualTo(375);
    assertAccessible();

    // Putting it down frees it for the others.
    visit("/front-door/concerns/" + danger);
    button("Put it down").click();
    assertThat(page.locator("main")).containsText("You put the concern down");
    other.navigate(url("/front-door"));
    assertThat(other.locator("main")).not().containsText("Being looked at by");
  }
}
