package org.lantern.referral;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.lantern.access.CurrentUser;
import org.lantern.access.Role;
import org.lantern.people.ChildSummary;
import org.lantern.platform.web.Formats;
import org.lantern.testing.BrowserJourney;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;

class VerbalReferralJourneyTests extends BrowserJourney {

  @Autowired Formats formats;
  @Autowired FrontDoor frontDoor;

  @Test
  void aPhoneReferralStartsA48HourClockAndTheReferrerHearsTheOutcomeOnlyOnceTheyConfirmInWriting() {
    TestPartnership p = fixtures.partnership();
    ChildSummary child = fixtures.child(p);
    String teacher = p.user(Role.PRACTITIONER).displayName();
    String due = formats.dateTime(clock.instant().plus(Duration.ofHours(48)));

    // The front door takes the call and records it for the teacher.
    signIn(p.username(Role.FRONT_DOOR));
    navLink("Front door").click();
    assertAccessible();
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record a phone referral"))
        .click();
    assertAccessible();
    page.getByLabel("Name").fill(child.fullName());
    button("Search").click();
    assertAccessible();
    page.getByRole(
            AriaRole.LINK,
            new Page.GetByRoleOptions().setName("Record a phone referral for this child"))
        .first()
        .click();
    assertAccessible();
    assertThat(page.locator("h1")).hasText("Record a phone referral");
    page.getByLabel("Phone number they called from (optional)").fill("ring the school");
    page.getByLabel("No", new Page.GetByLabelOptions().setExact(true)).check();
    page.getByLabel("What happened?")
        .fill("Teacher phoned: she has been missing from home twice this week.");
    fillDate("occurredOn", today().minusDays(1));
    page.getByLabel("Going missing from home or care").check();
    button("Record phone referral").click();
    assertThat(page).hasTitle(Pattern.compile("^Error: "));
    assertThat(page.locator(".govuk-error-summary a[href='#referrerUserId']"))
        .hasText("Choose the person who phoned");
    assertThat(page.locator("#referrerUserId-error")).containsText("Choose the person who phoned");
    assertThat(page.locator(".govuk-error-summary a[href='#referrerPhone']"))
        .hasText("Enter a phone number using only numbers, spaces, +, ( and )");
    assertThat(page.getByLabel("What happened?"))
        .hasValue("Teacher phoned: she has been missing from home twice this week.");
    assertAccessible();
    page.getByLabel("Referrer")
        .selectOption(new SelectOption().setLabel(teacher + " (Practitioner)"));
    page.getByLabel("Phone number they called from (optional)").fill("01632 960123");
    button("Record phone referral").click();

    assertThat(page.locator("h1")).hasText("Concern received");
    assertThat(page.locator("main"))
        .containsText(teacher + " must confirm this referral in writing by " + due);
    assertThat(page.locator("main")).containsText("It is on the front-door queue now");
    assertThat(page.locator("main")).not().containsText("the front door can see it now");
    assertThat(page.locator("main")).containsText("Record another phone referral");
    assertAccessible();
    String reference = page.locator(".govuk-panel__body strong").textContent();
    signOut();

    // The teacher sees the clock, and nothing of the referral's status.
    signIn(p.username(Role.PRACTITIONER));
    goTo("My referrals");
    assertAccessible();
    Locator row = page.locator("tbody tr", new Page.LocatorOptions().setHasText(reference));
    assertThat(row).containsText("Phone referral");
    assertThat(row.locator("strong.govuk-tag")).hasText("Needs your written confirmation");
    assertThat(row).containsText("Due by " + due);
    assertThat(row).not().containsText("With the front door");
    row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(reference)).click();
    assertAccessible();
    assertThat(page.locator("main"))
        .containsText("Confirm it in writing to get its status and outcome.");
    assertThat(page.locator("main")).not().containsText("The front door has not decided yet");

    // Two days pass without written confirmation: both sides see it overdue.
    clock.advance(Duration.ofHours(49));
    goTo("My referrals");
    assertAccessible();
    row = page.locator("tbody tr", new Page.LocatorOptions().setHasText(reference));
    assertThat(row).hasClass(Pattern.compile("lantern-row--overdue"));
    assertThat(row.locator("strong.govuk-tag")).hasText("Overdue");
    assertThat(row).containsText("Written confirmation overdue by 1 hour");
    signOut();

    signIn(p.username(Role.FRONT_DOOR));
    assertThat(page.locator("main")).containsText("1 has a clock overdue.");
    navLink("Front door").click();
    assertAccessible();
    Locator queued = page.locator("tbody tr", new Page.LocatorOptions().setHasText(reference));
    assertThat(queued).hasClass(Pattern.compile("lantern-row--overdue"));
    assertThat(queued.locator(".lantern-overdue").last())
        .hasText("Written confirmation overdue by 1 hour");

    // The front door decides before the confirmation arrives.
    queued.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(reference)).click();
    assertAccessible();
    assertThat(page.locator("main")).containsText("Written confirmation overdue by 1 hour");
    page.getByLabel("Early help", new Page.GetByLabelOptions().setExact(true)).check();
    page.getByLabel("Reasons for the decision")
        .fill("Missing episodes but no exploitation indicators: early help with the family.");
    button("Record decision").click();
    assertThat(page.locator(".govuk-notification-banner--success"))
        .containsText(
            "The referrer will be told once they confirm their phone referral in writing.");
    assertAccessible();
    signOut();

    // The teacher still hears nothing.
    signIn(p.username(Role.PRACTITIONER));
    goTo("My referrals");
    row = page.locator("tbody tr", new Page.LocatorOptions().setHasText(reference));
    assertThat(row.locator("strong.govuk-tag")).hasText("Overdue");
    assertThat(page.locator("main")).not().containsText("Early help");
    visit("/inbox");
    assertAccessible();
    assertThat(page.locator("table")).containsText("Confirm your phone referral in writing");
    assertThat(page.locator("main")).not().containsText("The front door has decided");

    // The teacher confirms in writing, and now sees the outcome.
    goTo("My referrals");
    link("Confirm in writing").click();
    assertThat(page.locator("h1")).hasText("Confirm your phone referral in writing");
    assertAccessible();
    button("Confirm referral").click();
    assertThat(page.locator(".govuk-error-summary"))
        .containsText("Confirm that this is an accurate account of your referral");
    assertAccessible();
    page.getByLabel("Your written account")
        .fill("I phoned the front door: she has gone missing from home twice this week.");
    page.getByLabel("I confirm this is an accurate account of my referral").check();
    button("Confirm referral").click();

    assertThat(page.locator(".govuk-notification-banner--success"))
        .containsText("Your referral is confirmed in writing");
    assertThat(page.locator(".lantern-decision")).containsText("Early help");
    assertThat(page.locator(".lantern-decision"))
        .containsText("Missing episodes but no exploitation indicators");
    assertAccessible();
    goTo("My referrals");
    row = page.locator("tbody tr", new Page.LocatorOptions().setHasText(reference));
    assertThat(row.locator("strong.govuk-tag")).hasText("Early help");
    assertThat(row).not().hasClass(Pattern.compile("lantern-row--overdue"));
    navLink("Inbox").click();
    Locator decided =
        page.locator(
            "tbody tr",
            new Page.LocatorOptions().setHasText("The front door has decided on your referral"));
    assertThat(decided).containsText(reference);
    assertAccessible();
    decided.getByRole(AriaRole.BUTTON).click();
    assertThat(page).hasURL(Pattern.compile("/referrals/[0-9a-f-]{36}$"));
    assertThat(page.locator(".lantern-decision")).containsText("Early help");
  }

  @Test
  void aReferrerWhoAlreadyWorksWithTheChildReadsNoOutcomeOfAPhoneReferralUntilTheyConfirmIt() {
    TestPartnership p = fixtures.partnership();
    ChildSummary child = fixtures.child(p);
    CurrentUser worker = p.user(Role.FRONT_DOOR);
    CurrentUser teacher = p.user(Role.PRACTITIONER);
    // An earlier written referral gives the teacher a working relationship with the child.
    fixtures.concern(teacher, child);
    // later, so that the two have a set order
    clock.advance(Duration.ofMinutes(10));
    UUID phoned = fixtures.verbalConcern(worker, teacher, child, RiskIndicator.MISSING);
    String reasons = "Missing three nights running: screen her for exploitation.";
    frontDoor.decide(
        worker,
        phoned,
        frontDoor.open(worker, phoned).concern().version(),
        ThresholdDecision.EXPLOITATION_PATHWAY,
        reasons,
        null);

    // On the child's record the teacher is asked to confirm, and told nothing of the decision.
    signIn(p.username(Role.PRACTITIONER));
    visit("/children/" + child.id());
    assertAccessible();
    // A referrer sees their own referrals on the file, not how many concerns others raised.
    String reference = frontDoor.open(worker, phoned).concern().reference();
    Locator entry =
        page.locator(
            ".moj-timeline__item",
            new Page.LocatorOptions().setHasText("Concern \u00b7 " + reference));
    assertThat(entry).containsText("Outcome: Awaiting your written confirmation");
    assertThat(page.locator("main")).not().containsText("Exploitation pathway");
    assertThat(page.locator("main")).not().containsText(reasons);

    // The entry, and the concern's own address, lead to the teacher's page for the referral.
    entry.getByRole(AriaRole.LINK).click();
    assertThat(page).hasURL(Pattern.compile("/referrals/" + phoned + "$"));
    visit("/concerns/" + phoned);
    assertThat(page).hasURL(Pattern.compile("/referrals/" + phoned + "$"));
    assertThat(page.locator("main"))
        .containsText("Confirm it in writing to get its status and outcome.");
    assertThat(page.locator("main")).not().containsText("Exploitation pathway");
    assertThat(page.locator("main")).not().containsText(reasons);
    assertAccessible();

    // Once confirmed, the record and the concern show the decision.
    link("Confirm in writing").click();
    page.getByLabel("Your written account").fill("I phoned: she has been missing three nights.");
    page.getByLabel("I confirm this is an accurate account of my referral").check();
    button("Confirm referral").click();
    assertThat(page.locator(".govuk-notification-banner--success"))
        .containsText("Your referral is confirmed in writing");
    visit("/children/" + child.id());
    assertThat(entry).containsText("Outcome: Exploitation pathway");
    entry.getByRole(AriaRole.LINK).click();
    assertThat(page).hasURL(Pattern.compile("/concerns/" + phoned + "$"));
    assertThat(page.locator(".lantern-decision")).containsText("Exploitation pathway");
    assertThat(page.locator(".lantern-decision")).containsText(reasons);
    assertAccessible();
  }

  @Test
  void confirmationArrivingTwiceIsKeptOnceAndWhoeverCameSecondIsTold() {
    TestPartnership p = fixtures.partnership();
    ChildSummary child = fixtures.child(p);
    UUID concern =
        fixtures.verbalConcern(
            p.user(Role.FRONT_DOOR), p.user(Role.PRACTITIONER), child, RiskIndicator.MISSING);

    signIn(p.username(Role.FRONT_DOOR));
    visit("/front-door/concerns/" + concern);
    page.getByText("Written confirmation arrived another way").click();
    button("Record written confirmation").click();
    assertThat(page).hasTitle(Pattern.compile("^Error: "));
    assertThat(page.locator(".govuk-error-summary a[href='#account']"))
        .hasText("Enter how the written confirmation arrived");
    assertThat(page.locator("#account-error"))
        .containsText("Enter how the written confirmation arrived");
    assertAccessible();

    Page teacher = anotherBrowser();
    signIn(teacher, p.username(Role.PRACTITIONER));
    teacher.navigate(url("/referrals/" + concern + "/confirm"));
    teacher.getByLabel("Your written account").fill("I phoned about the bus station.");
    teacher.getByLabel("I confirm this is an accurate account of my referral").check();
    button(teacher, "Confirm referral").click();
    assertThat(teacher.locator(".govuk-notification-banner--success"))
        .containsText("Your referral is confirmed in writing");

    page.getByLabel("How it arrived and what it said")
        .fill("Secure e-mail from the school at 10:40am.");
    button("Record written confirmation").click();

    assertThat(page.locator(".govuk-error-summary"))
        .containsText(
            "This concern changed while you were working on it. Nothing was saved: check it and try again.");
    assertThat(page.locator("main")).containsText("by " + p.user(Role.PRACTITIONER).displayName());
    assertThat(page.locator("main")).containsText("I phoned about the bus station.");
    assertAccessible();
    visit("/front-door/concerns/" + concern);
    assertThat(page.locator("main")).not().containsText("Secure e-mail from the school");

    // The other way round: the teacher is writing while the front door notes an e-mail.
    UUID another =
        fixtures.verbalConcern(
            p.user(Role.FRONT_DOOR), p.user(Role.PRACTITIONER), child, RiskIndicator.MISSING);
    teacher.navigate(url("/referrals/" + another + "/confirm"));
    teacher.getByLabel("Your written account").fill("My own words, typed slowly.");
    teacher.getByLabel("I confirm this is an accurate account of my referral").check();
    visit("/front-door/concerns/" + another);
    page.getByText("Written confirmation arrived another way").click();
    page.getByLabel("How it arrived and what it said").fill("Secure e-mail, 11:05am.");
    button("Record written confirmation").click();
    assertThat(page.locator(".govuk-notification-banner--success"))
        .containsText("Written confirmation recorded.");

    button(teacher, "Confirm referral").click();
    assertThat(teacher.locator(".govuk-notification-banner__title")).hasText("Important");
    assertThat(teacher.locator(".govuk-notification-banner"))
        .containsText(
            "This referral had already been confirmed in writing, so what you sent was not saved.");
    assertThat(teacher.locator("main")).containsText("Secure e-mail, 11:05am.");
    assertThat(teacher.locator("main")).not().containsText("My own words, typed slowly.");
    assertAccessible(teacher);
  }

  @Test
  void aDecisionMadeWhileTheReferrerIsWritingTheirConfirmationDoesNotLoseIt() {
    TestPartnership p = fixtures.partnership();
    ChildSummary child = fixtures.child(p);
    UUID concern =
        fixtures.verbalConcern(
            p.user(Role.FRONT_DOOR), p.user(Role.PRACTITIONER), child, RiskIndicator.MISSING);

    signIn(p.username(Role.PRACTITIONER));
    visit("/referrals/" + concern + "/confirm");
    page.getByLabel("Your written account").fill("She was at the bus station with two men.");
    page.getByLabel("I confirm this is an accurate account of my referral").check();

    Page frontDoor = anotherBrowser();
    signIn(frontDoor, p.username(Role.FRONT_DOOR));
    frontDoor.navigate(url("/front-door/concerns/" + concern));
    frontDoor
        .getByLabel("Exploitation pathway", new Page.GetByLabelOptions().setExact(true))
        .check();
    frontDoor.getByLabel("Reasons for the decision").fill("Older men, late at night: screen her.");
    button(frontDoor, "Record decision").click();
    assertThat(frontDoor.locator(".govuk-notification-banner--success"))
        .containsText("Decision recorded");

    button("Confirm referral").click();

    assertThat(page.locator(".govuk-notification-banner--success"))
        .containsText("Your referral is confirmed in writing");
    assertThat(page.locator("main")).containsText("She was at the bus station with two men.");
    assertThat(page.locator(".lantern-decision")).containsText("Exploitation pathway");
    assertAccessible();
  }
}
