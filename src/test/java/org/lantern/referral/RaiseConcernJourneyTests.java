package org.lantern.referral;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.lantern.access.Role;
import org.lantern.testing.BrowserJourney;
import org.lantern.testing.TestPartnership;

class RaiseConcernJourneyTests extends BrowserJourney {

  @Test
  void aTeacherFindsAChildByNicknameAndRaisesAConcernTheCoordinatorIsCopiedInto() {
    TestPartnership p = fixtures.partnership();
    var child = fixtures.child(p, "Robert", "Quennell" + p.suffix(), LocalDate.of(2011, 3, 27));

    signIn(p.username(Role.PRACTITIONER));
    page.getByRole(
            AriaRole.LINK, new Page.GetByRoleOptions().setName("Raise a concern").setExact(true))
        .first()
        .click();
    assertAccessible();
    page.getByLabel("Name").fill("Bobby Quenel" + p.suffix());
    // a month and year, no day: a partial date of birth
    page.locator("#child-dateOfBirth-month").fill("3");
    page.locator("#child-dateOfBirth-year").fill("2011");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
    assertAccessible();
    assertThat(page.locator("table")).containsText("Robert Quennell" + p.suffix());
    var best = page.locator("table tbody tr").first();
    assertThat(best).containsText("Robert Quennell" + p.suffix());
    assertThat(best).containsText("Strong match");
    assertThat(best).containsText("Agreeing: first name, last name, date of birth");
    page.getByRole(
            AriaRole.LINK, new Page.GetByRoleOptions().setName("Raise a concern about this child"))
        .first()
        .click();
    assertAccessible();

    page.getByLabel("No", new Page.GetByLabelOptions().setExact(true)).check();
    page.getByLabel("What happened?").fill("Seen getting into a car with two older men.");
    page.locator("#occurredOn").fill("20");
    page.locator("#occurredOn-month").fill("11");
    page.locator("#occurredOn-year").fill("2026");
    page.getByLabel("Sexual exploitation").check();
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit concern")).click();

    assertThat(page.locator("h1")).hasText("Concern received");
    assertAccessible();
    signOut();

    signIn(p.username(Role.EXPLOITATION_COORDINATOR));
    visit("/inbox");
    assertAccessible();
    assertThat(page.locator("table")).containsText("Robert Quennell" + p.suffix());
    assertThat(page.locator("table")).containsText("A concern names exploitation");
  }

  @Test
  void aConcernNamingCriminalExploitationIsInTheCoordinatorsInboxAsSoonAsItIsSubmitted() {
    TestPartnership p = fixtures.partnership();
    var child = fixtures.child(p);
    var other = fixtures.child(p);
    fixtures.concern(p.user(Role.PRACTITIONER), other, RiskIndicator.MISSING_FROM_EDUCATION);

    signIn(p.username(Role.PRACTITIONER));
    visit("/concerns/new?child=" + child.id());
    page.getByLabel("No", new Page.GetByLabelOptions().setExact(true)).check();
    page.getByLabel("What happened?")
        .fill("Found carrying packages between towns for an older man; has a second phone.");
    fillDate("occurredOn", today());
    page.getByLabel("Criminal exploitation").check();
    page.getByLabel("Going missing from education").check();
    button("Submit concern").click();

    assertThat(page.locator("h1")).hasText("Concern received");
    assertThat(page.locator("main"))
        .containsText(
            "Because it names exploitation, the exploitation coordinator has been copied in.");
    String reference = page.locator(".govuk-panel__body strong").textContent();
    assertAccessible();
    signOut();

    signIn(p.username(Role.EXPLOITATION_COORDINATOR));
    navLink("Inbox").click();
    assertAccessible();
    var rows = page.locator("tbody tr");
    assertThat(rows).hasCount(1);
    assertThat(rows).containsText("A concern names exploitation");
    assertThat(rows).containsText(reference);
    assertThat(rows).containsText(child.name());
    assertThat(rows).containsText("Criminal exploitation");
    assertThat(page.locator("main")).not().containsText(other.name());
    assertThat(rows.locator(".govuk-tag--blue")).hasText("New");

    rows.getByRole(AriaRole.BUTTON).click();
    assertThat(page.locator("h1")).hasText(child.fullName());
    assertThat(page.locator("main")).containsText(reference);
    assertThat(page.locator("main")).containsText("Found carrying packages between towns");
    assertAccessible();
    navLink("Inbox").click();
    assertThat(page.locator("tbody tr").locator(".govuk-tag--blue")).hasCount(0);
  }
}
