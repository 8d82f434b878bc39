package org.lantern.intelligence;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.lantern.access.Role;
import org.lantern.people.ChildSummary;
import org.lantern.platform.LanternTime;
import org.lantern.testing.BrowserJourney;
import org.lantern.testing.TestPartnership;

/**
 * The police serve a notice naming two children, the second found through the child search in the
 * form; then record intelligence linking a third child to the same adult from the adult's page. The
 * coordinator sees the third child's file say it is linked to an adult served with a notice, and
 * how.
 */
class IntelligenceJourneyTests extends BrowserJourney {

  @Test
  void aNoticeWithAChildFoundBySearchAndAnIntelligenceLinkReachTheLinkedChild() {
    clock.set(LocalDateTime.of(2026, 11, 18, 12, 0).atZone(LanternTime.ZONE).toInstant());
    TestPartnership p = fixtures.partnership();
    ChildSummary first = fixtures.child(p);
    ChildSummary second = fixtures.child(p);
    ChildSummary third = fixtures.child(p);

    signIn(p.username(Role.POLICE));
    goTo("Abduction notices");
    link("Serve a notice").click();
    page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(first.fullName());
    button("Search").click();
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Name on notice"))
        .first()
        .click();
    assertThat(page.locator("h1")).hasText("Serve a child abduction warning notice");

    // A search with nothing typed is refused next to the field.
    button("Search for the child").click();
    assertThat(page.locator(".govuk-error-summary a[href='#pick-name']"))
        .hasText("Enter the child's name or date of birth to search");
    assertAccessible();

    // The second child is found by name within the form and added.
    page.getByLabel("Child's name").fill(second.fullName());
    button("Search for the child").click();
    assertAccessible();
    Locator found =
        page.locator("tbody tr", new Page.LocatorOptions().setHasText(second.fullName()));
    found.getByRole(AriaRole.BUTTON).click();
    assertThat(page.locator("main")).containsText("It also names:");
    assertThat(page.locator("main ul.govuk-list")).containsText(second.fullName());
    assertAccessible();

    page.getByLabel("First name").fill("Ross");
    page.getByLabel("Last name").fill("Quill");
    fillDate("adult-dateOfBirth", LocalDate.of(1987, 7, 7));
    fillDate("servedOn", LocalDate.of(2026, 11, 18));
    fillDate("expiresOn", LocalDate.of(2028, 11, 18));
    page.getByLabel("Circumstances").fill("Both children found in his flat at 1am.");
    button("Save notice").click();
    assertThat(page.locator(".govuk-notification-banner--success"))
        .containsText("Notice saved, naming 2 children.");

    // The adult's page: the two children named, then a third linked through intelligence.
    goTo("Adults of concern");
    assertAccessible();
    page.getByLabel("Name").fill("quill");
    button("Search").click();
    link("Ross Quill").click();
    assertThat(page.locator("h1")).hasText("Ross Quill");
    assertThat(page.locator("main")).containsText(second.fullName());
    assertAccessible();
    link("Link a child to this adult").click();
    assertThat(page.locator("h1")).hasText("Record an intelligence link");
    assertAccessible();
    page.getByLabel("Child's name").fill(third.fullName());
    button("Search for the child").click();
    page.locator("tbody tr", new Page.LocatorOptions().setHasText(third.fullName()))
        .getByRole(AriaRole.BUTTON)
        .click();
    button("Save link").click();
    assertThat(page).hasTitle(Pattern.compile("^Error: "));
    assertThat(page.locator(".govuk-error-summary a[href='#nature']"))
        .hasText("Select what the link is");
    assertAccessible();
    page.getByLabel("Seen with the child").check();
    fillDate("linkedOn", LocalDate.of(2026, 11, 10));
    page.getByLabel("What is known").fill("Street pastors saw them outside the arcade at 11pm.");
    page.getByLabel("Untested source").check();
    page.getByLabel("Known indirectly, corroborated").check();
    button("Save link").click();
    assertThat(page.locator(".govuk-notification-banner--success")).containsText("Link recorded");
    assertThat(page.locator("main")).containsText(third.fullName());
    assertThat(page.locator("main"))
        .containsText("Untested source; Known indirectly, corroborated");
    assertAccessible();
    signOut();

    // The coordinator opens the third child's file: the indicator says how the child is linked.
    signIn(p.username(Role.EXPLOITATION_COORDINATOR));
    visit("/children/" + third.id());
    assertThat(page.locator(".lantern-indicators"))
        .containsText(
            "Linked to an adult served with a child abduction warning notice on 18 November 2026"
                + " (Police or coordinator intelligence)");
    assertThat(page.locator("#linked-adults")).hasText("Adults linked to this child");
    assertAccessible();
    visit("/children/" + second.id());
    assertThat(page.locator(".lantern-indicators"))
        .containsText("Named on a child abduction warning notice served 18 November 2026");
  }
}
