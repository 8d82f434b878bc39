package org.lantern.referral;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.lantern.access.Role;
import org.lantern.people.ChildSummary;
import org.lantern.testing.BrowserJourney;
import org.lantern.testing.TestPartnership;

class ConcernFormJourneyTests extends BrowserJourney {

  private static final Pattern SUBMITTED = Pattern.compile("/concerns/[0-9a-f-]{36}/submitted$");

  @Test
  void badInputAboutANewChildIsExplainedNextToEachFieldAndNothingIsSaved() {
    TestPartnership p = fixtures.partnership();
    signIn(p.username(Role.PRACTITIONER));
    describeANewChild("Nobody" + p.suffix());

    button("Submit concern").click();
    assertErrors(
        Map.of(
            "child-givenName", "Enter the child's first name",
            "child-familyName", "Enter the child's last name",
            "child-sex", "Select the child's sex, or not known",
            "immediateDanger", "Select yes if the child is in immediate danger",
            "whatHappened", "Enter what happened",
            "occurredOn", "Enter when it happened",
            "indicators", "Select the risk indicators that apply, or none of these"));

    page.getByLabel("First name", new Page.GetByLabelOptions().setExact(true)).fill("Amelia");
    page.getByLabel("Last name", new Page.GetByLabelOptions().setExact(true))
        .fill("Nobody" + p.suffix());
    page.getByLabel("Known as (optional)").fill("M".repeat(101));
    page.getByLabel("Female").check();
    fillDate("child-dateOfBirth", today().plusDays(1));
    page.getByLabel("NHS number (optional)").fill("943 476 5918");
    page.getByLabel("Unique pupil number (optional)").fill("B8012000050");
    page.getByLabel("No", new Page.GetByLabelOptions().setExact(true)).check();
    page.getByLabel("What happened?").fill("x".repeat(10_001));
    fillDate("occurredOn", today());
    page.getByLabel("Online harm").check();
    button("Submit concern").click();
    assertErrors(
        Map.of(
            "child-knownAs", "Known as must be 100 characters or fewer",
            "child-dateOfBirth", "Date of birth must be today or in the past",
            "child-nhsNumber", "Enter a valid NHS number: 10 digits, like 943 476 5919",
            "child-upn", "Enter a valid unique pupil number: a letter then 12 characters",
            "whatHappened", "What happened must be 10,000 characters or fewer"));
    assertThat(page.getByLabel("First name", new Page.GetByLabelOptions().setExact(true)))
        .hasValue("Amelia");
    assertThat(page.getByLabel("NHS number (optional)")).hasValue("943 476 5918");
    assertThat(page.getByLabel("Online harm")).isChecked();

    page.getByLabel("Known as (optional)").fill("Millie");
    fillDate("child-dateOfBirth", today().minusYears(26));
    page.getByLabel("NHS number (optional)").fill("943 476 5919");
    page.getByLabel("Unique pupil number (optional)").fill("");
    page.getByLabel("What happened?").fill("Seen leaving a party with an adult.");
    button("Submit concern").click();
    assertErrors(
        Map.of(
            "child-dateOfBirth",
            "The child must be 25 or younger when it happened. For an adult, contact adult"
                + " social care"));

    goTo("My referrals");
    assertThat(page.locator("main")).containsText("You have not made any referrals yet.");
    assertAccessible();
  }

  @Test
  void markupTypedIntoTheFormIsKeptAsTextAndShownEscapedEverywhere() {
    TestPartnership p = fixtures.partnership();
    List<String> dialogs = new ArrayList<>();
    page.onDialog(
        dialog -> {
          dialogs.add(dialog.message());
          dialog.dismiss();
        });
    String family = "Nobody<script>alert('name')</script>";
    String what = "<script>alert(1)</script> He said <b>\"come with us\"</b> & she went.";
    String where = "<img src=x onerror=alert(2)> car park";

    signIn(p.username(Role.PRACTITIONER));
    describeANewChild("Nobody" + p.suffix());
    page.getByLabel("First name", new Page.GetByLabelOptions().setExact(true)).fill("Amelia");
    page.getByLabel("Last name", new Page.GetByLabelOptions().setExact(true)).fill(family);
    page.getByLabel("Female").check();
    page.getByLabel("No", new Page.GetByLabelOptions().setExact(true)).check();
    page.getByLabel("What happened?").fill(what);
    fillDate("occurredOn", today());
    page.getByLabel("Where did it happen? (optional)").fill(where);
    page.getByLabel("Criminal exploitation").check();
    button("Submit concern").click();

    assertThat(page).hasURL(SUBMITTED);
    assertThat(page.locator("main")).containsText("Your concern about Amelia " + family);
    assertAccessible();
    String reference = page.locator(".govuk-panel__body strong").textContent();

    link("Go to My referrals").click();
    assertThat(page.locator("main")).containsText("Amelia " + family);
    link(reference).click();
    assertThat(detail("What happened")).hasText(what);
    assertThat(detail("Where")).hasText(where);
    assertAccessible();
    signOut();

    signIn(p.username(Role.FRONT_DOOR));
    navLink("Front door").click();
    assertThat(page.locator("tbody")).containsText("Amelia " + family);
    assertAccessible();
    link(reference).click();
    assertThat(page.locator("h1")).hasText("Amelia " + family);
    assertThat(detail("What happened")).hasText(what);
    assertThat(detail("Where")).hasText(where);
    assertThat(page.locator(".lantern-chronology")).containsText(what);
    assertAccessible();

    assertThat(page.locator("main b")).hasCount(0);
    assertThat(page.locator("main img")).hasCount(0);
    org.assertj.core.api.Assertions.assertThat(dialogs).isEmpty();
  }

  @Test
  void clickingSubmitTwiceQuicklyMakesOneConcern() {
    TestPartnership p = fixtures.partnership();
    ChildSummary child = fixtures.child(p);
    signIn(p.username(Role.PRACTITIONER));
    fillAConcernAbout(child);

    button("Submit concern").dblclick();

    assertThat(page).hasURL(SUBMITTED);
    assertThat(page.locator("h1")).hasText("Concern received");
    goTo("My referrals");
    assertThat(page.locator("tbody tr")).hasCount(1);
  }

  @Test
  void theSameFormPostedAgainWhileTheFirstIsStillBeingSavedMakesOneConcern() {
    TestPartnership p = fixtures.partnership();
    ChildSummary child = fixtures.child(p);
    signIn(p.username(Role.PRACTITIONER));
    fillAConcernAbout(child);

    @SuppressWarnings("unchecked")
    List<String> landedOn =
        (List<String>)
            page.evaluate(
                """
                async () => {
                  const form = document.querySelector('main form[method=post]');
                  const body = new URLSearchParams(new FormData(form));
                  const post = () => fetch(form.action, {method: 'POST', body}).then(r => r.url);
                  const together = await Promise.all([post(), post()]);
                  const later = await post();
                  return [...together, later];
                }
                """);

    org.assertj.core.api.Assertions.assertThat(landedOn)
        .hasSize(3)
        .allMatch(u -> SUBMITTED.matcher(u).find(), "the confirmation page")
        .containsOnly(landedOn.get(0));
    goTo("My referrals");
    assertThat(page.locator("tbody tr")).hasCount(1);
    assertAccessible();
  }

  private void describeANewChild(String name) {
    goTo("Raise a concern");
    page.getByLabel("Name").fill(name);
    button("Search").click();
    assertThat(page.locator("#results")).hasText("No children match");
    link("Describe a child who is not in Lantern").click();
    assertThat(page.locator("h1")).hasText("Tell us about your concern");
    assertAccessible();
  }

  private void fillAConcernAbout(ChildSummary child) {
    visit("/concerns/new?child=" + child.id());
    page.getByLabel("No", new Page.GetByLabelOptions().setExact(true)).check();
    page.getByLabel("What happened?").fill("Seen with a new phone she could not explain.");
    fillDate("occurredOn", today());
    page.getByLabel("Unexplained gifts or money").check();
  }

  /** The value of a row of the summary list of what was referred. */
  private Locator detail(String key) {
    return page.locator(".govuk-summary-list__row")
        .filter(
            new Locator.FilterOptions()
                .setHas(
                    page.locator(
                        "dt",
                        new Page.LocatorOptions().setHasText(Pattern.compile("^" + key + "$")))))
        .locator("dd")
        .first();
  }

  /**
   * The GOV.UK error pattern: "Error:" in the title, a summary linking to each field in error, and
   * the same message next to the field. Nothing else is in error.
   */
  private void assertErrors(Map<String, String> expected) {
    assertThat(page).hasTitle(Pattern.compile("^Error: "));
    Locator summary = page.locator(".govuk-error-summary");
    assertThat(summary).containsText("There is a problem");
    assertThat(summary.locator("li")).hasCount(expected.size());
    for (Map.Entry<String, String> error : new LinkedHashMap<>(expected).entrySet()) {
      String field = error.getKey();
      Locator link =
          summary.getByRole(AriaRole.LINK).and(summary.locator("a[href='#" + field + "']"));
      assertThat(link).containsText(error.getValue());
      assertThat(page.locator("#" + field)).hasCount(1);
      assertThat(page.locator("#" + field + "-error")).containsText(error.getValue());
    }
    assertAccessible();
  }
}
