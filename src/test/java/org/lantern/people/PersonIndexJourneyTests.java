package org.lantern.people;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.lantern.testing.ChildBuilder.aChild;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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
        system,
        "Greywater Academy",
        List.of(
            PersonRecordInput.builder()
                .sourceId("GA-1")
                .givenName("Olivia")
                .familyName("Quennell")
                .previousNames(List.of())
                .dateOfBirth("2012-03-04")
                .sex("F")
                .postcode("ST16 2LH")
                .nhsNumber("9434765918")
                .build()));

    signIn(p.username(Role.FRONT_DOOR));
    goTo("Person index");
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
    assertThat(page.locator("main")).containsText("Female");
    // the weight the pair was decided on, labelled; the weight now only when it differs
    assertThat(page.locator("main")).containsText("Match weight Lantern decided on");
    assertThat(page.locator("#weight-decided")).isVisible();
    assertThat(page.locator("#weight-now")).hasCount(0);
    assertThat(page.locator("main")).containsText("They look like twins");
    assertThat(page.locator("main"))
        .containsText(
            "\u201c9434765918\u201d: The NHS number fails its check digit \u2014 probably mistyped");
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

  @Test
  void theFrontDoorUploadsAPartnersCsvAndSeesTheRecordOnTheChildsFile() {
    TestPartnership p = fixtures.partnership();
    var child =
        fixtures.child(
            p,
            aChild("Robert", "Quennell" + p.suffix())
                .sex(Sex.MALE)
                .born(LocalDate.of(2011, 3, 27))
                .nhs(new NhsNumber("9434765919"))
                .district(p.districtId())
                .build());

    signIn(p.username(Role.FRONT_DOOR));
    goTo("Person index");
    page.getByRole(
            AriaRole.LINK, new Page.GetByRoleOptions().setName("Upload a partner's records (CSV)"))
        .click();
    assertThat(page.locator("h1")).hasText("Upload a partner's person records");
    assertAccessible();
    button("Upload records").click();
    assertThat(page.locator(".govuk-error-summary a[href='#source']"))
        .hasText("Enter which system the records are from");
    assertThat(page.locator(".govuk-error-summary a[href='#file']")).hasText("Choose a CSV file");
    assertAccessible();

    page.getByLabel("Which system are the records from?").fill("Marlshire Police records");
    String csv =
        "source_id,given_name,family_name,date_of_birth,sex,nhs_number\n"
            + "MP-1,Bobby,Quennell"
            + p.suffix()
            + ",27/03/2011,M,9434765919\n"
            + "MP-2,Amy,Carter,31/02/2011,F,\n"
            + "MP-3,!!!,--,,F,\n";
    page.locator("#file")
        .setInputFiles(
            new FilePayload("police.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
    button("Upload records").click();
    assertThat(page.locator(".govuk-notification-banner"))
        .containsText("2 new, 0 updated, 0 unchanged, 1 not saved");
    assertThat(page.locator(".govuk-notification-banner"))
        .containsText("1 pair linked, none waiting for review");
    assertThat(page.locator("table").first()).containsText("Nothing is left to identify");
    assertThat(page.locator("table").last())
        .containsText(
            "date_of_birth: The date of birth is not a real date (write it yyyy-mm-dd,"
                + " dd/mm/yyyy or 20110327; a day 31 in a 30-day month, a day 93 or a month 13"
                + " cannot be)"
                + " (kept as sent but not used to match the record)");
    assertAccessible();

    visit("/children/" + child.id());
    assertThat(page.locator("#other-systems")).hasText("Records in other systems");
    assertThat(page.locator("main")).containsText("Marlshire Police records");
    assertThat(page.locator("main")).containsText("MP-1");
    assertThat(page.locator("main")).containsText("Same NHS number");
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
    return PersonRecordInput.builder()
        .sourceId(id)
        .givenName(given)
        .familyName(family)
        .previousNames(List.of())
        .dateOfBirth(born)
        .sex("F")
        .postcode("ST16 2LH")
        .build();
  }
}
