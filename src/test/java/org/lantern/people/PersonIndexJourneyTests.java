package org.lantern.people;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.lantern.access.CurrentUser;
import org.lantern.access.Role;
import org.lantern.testing.BrowserJourney;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;

class PersonIndexJourneyTests extends BrowserJourney {

  @Autowired PersonIndex index;

  @Test
  void theFrontDoorComparesTwoLookAlikeRecordsSeesWhyAndKeepsThemApart() {
    TestPartnership p = fixtures.partnership();
    CurrentUser system = partnerSystem(p);
    index.importRecords(
        system, "Marlshire Police", List.of(input("MP-1", "Amelia", "Quennell", "2012-03-04")));
    index.importRecords(
        system, "Greywater Academy", List.of(input("GA-1", "Olivia", "Quennell", "2012-03-04")));

    signIn(p.username(Role.FRONT_DOOR));
    navLink("Person index").click();
    assertThat(page.locator("h1")).hasText("Records that may be the same child");
    assertAccessible();
    // which of the two is listed first follows the records' ids
    page.getByRole(
            AriaRole.LINK,
            new Page.GetByRoleOptions()
                .setName(Pattern.compile("^Compare (Amelia|Olivia) Quennell$")))
        .click();
    assertThat(page.locator("h1")).hasText("Are these the same child?");
    assertThat(page.locator("main")).containsText("Different");
    assertAccessible();
    button("Save decision").click();
    assertThat(page.locator(".govuk-error-summary a[href='#decision']"))
        .hasText("Choose whether these are the same child");
    assertAccessible();
    page.getByLabel("They are different children").check();
    button("Save decision").click();

    assertThat(page.locator(".govuk-notification-banner"))
        .containsText("will not be suggested again");
    assertThat(page.locator("main")).containsText("There is nothing to review.");
    assertAccessible();
  }

  private static CurrentUser partnerSystem(TestPartnership p) {
    CurrentUser admin = p.user(Role.PARTNERSHIP_ADMIN);
    return new CurrentUser(
        admin.id(),
        admin.username(),
        "School MIS",
        Role.PARTNER_SYSTEM,
        admin.agencyId(),
        admin.agencyName(),
        admin.partnershipId(),
        null);
  }

  private static PersonRecordInput input(String id, String given, String family, String born) {
    return new PersonRecordInput(
        id, given, null, family, List.of(), born, "F", "ST16 2LH", null, null, null);
  }
}
