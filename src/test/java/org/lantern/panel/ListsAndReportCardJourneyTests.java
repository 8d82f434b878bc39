package org.lantern.panel;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.lantern.testing.ChildBuilder.aChild;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.lantern.access.Role;
import org.lantern.people.ChildSummary;
import org.lantern.people.Sex;
import org.lantern.risk.RiskLevel;
import org.lantern.risk.ScreeningTools;
import org.lantern.risk.Screenings;
import org.lantern.testing.BrowserJourney;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The coordinator between two panel rounds, in the browser: uploads the missing list (a bad row is
 * shown with its reason), confirms a match, builds the next agenda and sees the child on it as
 * matched on the list; then opens the last round's report card, writes the locality, good practice
 * and strategic issues, sees the wider-circulation version with small counts as "c" and the
 * footnote, and downloads it as a PDF. Each page is checked with axe.
 */
class ListsAndReportCardJourneyTests extends BrowserJourney {

  @Autowired ScreeningTools tools;
  @Autowired Screenings screenings;
  @Autowired Panels panels;
  @Autowired Meetings meetings;
  @Autowired Minutes minutes;
  @Autowired MinutesApproval approval;
  @Autowired MeetingViews views;

  @Test
  void uploadAListConfirmAMatchSeeItOnTheAgendaThenWriteAndPublishTheReportCard() throws Exception {
    // A panel that met a month ago with three children at medium risk, its minutes approved.
    PanelScenario s =
        new PanelScenario(
            fixtures, tools, screenings, panels, meetings, minutes, approval, views, clock);
    LocalDate today = today();
    LocalDate lastRound = today.minusMonths(1);
    s.at(lastRound.minusMonths(1));
    TestPartnership p = s.start();
    Map<ChildSummary, RiskLevel> presented = new LinkedHashMap<>();
    for (int i = 0; i < 3; i++) {
      presented.put(fixtures.child(p), RiskLevel.MEDIUM);
    }
    s.round(lastRound, presented);
    clock.reset();
    ChildSummary listed =
        fixtures.child(
            p,
            aChild("Rosalind", "Quillingford")
                .sex(Sex.FEMALE)
                .born(2010, 5, 12)
                .district(p.districtId())
                .build());
    String district = "District " + p.suffix();

    // The coordinator uploads the missing list: one row has no family name.
    signIn(p.username(Role.EXPLOITATION_COORDINATOR));
    goTo("Lists");
    assertThat(page.locator("h1")).hasText("Cross-reference lists");
    assertAccessible();
    page.getByLabel("Missing from home or care").check();
    fillDate("listDate", today);
    page.locator("#file")
        .setInputFiles(
            new FilePayload(
                "missing.csv",
                "text/csv",
                """
                Forename,Surname,DOB,Gender
                Rosalind,Quilingford,12/05/2010,F
                Amy,,01/01/2010,F
                """
                    .getBytes(StandardCharsets.UTF_8)));
    button("Upload and match").click();
    assertThat(page.locator(".govuk-notification-banner"))
        .containsText("1 rows added, 1 of them with a possible match");
    assertThat(page.locator(".govuk-notification-banner")).containsText("1 not uploaded");
    assertThat(page.locator("table", new Page.LocatorOptions().setHasText("Rows not uploaded")))
        .containsText("Enter a family name");
    assertAccessible();

    // ... and confirms the match.
    link("Review the matches").click();
    assertThat(page.locator("h1")).containsText("List of");
    assertThat(page.locator("table")).containsText("Likely the same child");
    assertAccessible();
    page.getByLabel("This is " + listed.name()).check();
    page.getByRole(
            AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Save decision")))
        .click();
    assertThat(page.locator(".govuk-notification-banner--success")).containsText("Match confirmed");
    assertThat(page.locator(".govuk-inset-text")).containsText("Confirmed as " + listed.name());
    assertAccessible();

    // The next agenda built from the tracker has the child, matched on the list.
    goTo("Panels");
    button("Plan the next meeting").click();
    button("Build agenda from the tracker").click();
    assertThat(page.locator(".govuk-notification-banner--success"))
        .containsText("4 children were added to the agenda");
    assertThat(page.locator("tr", new Page.LocatorOptions().setHasText(listed.name())))
        .containsText("Matched on the Missing from home or care list of");
    assertAccessible();

    // The report card of the last round: the coordinator writes the text.
    goTo("Report cards");
    assertThat(page.locator("h1")).hasText("Panel report cards");
    assertAccessible();
    page.locator("tr", new Page.LocatorOptions().setHasText(district))
        .getByRole(AriaRole.LINK)
        .click();
    assertThat(page.locator("h1")).containsText(district + " panel: report card for");
    assertThat(page.locator("table").first()).containsText("Medium");
    assertAccessible();
    link("Write the text").click();
    page.getByLabel("Locality information: hotspots, themes and trends")
        .fill("Older males offering lifts near the out-of-town retail park after school.");
    page.getByLabel("Good practice").fill("Return interviews all held within 72 hours.");
    page.getByLabel("Issues for strategic oversight")
        .fill("No sexual health outreach in the district since the summer.");
    assertAccessible();
    button("Save text").click();
    assertThat(page.locator(".govuk-notification-banner--success"))
        .containsText("report card text is saved");
    assertThat(page.locator("body")).containsText("near the out-of-town retail park");
    // the full version has every count: three children at medium risk
    assertThat(
            page.locator("table", new Page.LocatorOptions().setHasText("Children by risk level"))
                .locator("tr", new Locator.LocatorOptions().setHasText("Medium")))
        .containsText("3");

    // The wider-circulation version: three is a small number, shown as "c", with the footnote.
    link("See the wider-circulation version").click();
    assertThat(page.locator(".govuk-caption-l")).containsText("For wider circulation");
    assertThat(
            page.locator("table", new Page.LocatorOptions().setHasText("Children by risk level"))
                .locator("tr", new Locator.LocatorOptions().setHasText("Medium"))
                .locator("td")
                .first())
        .hasText("c");
    assertThat(page.locator("#disclosure-footnote")).containsText("c: a count below 5");
    assertThat(page.locator("body")).containsText("Return interviews all held within 72 hours.");
    assertAccessible();

    // ... downloaded as a PDF.
    String pdfHref = link("Download as PDF").getAttribute("href");
    APIResponse pdf = context.request().get(url(pdfHref));
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.headers().get("content-type")).startsWith("application/pdf");
    byte[] bytes = pdf.body();
    assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    try (PDDocument document = Loader.loadPDF(bytes)) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text)
          .contains(district)
          .contains("Children by risk level")
          .contains("For wider circulation")
          .contains("No sexual health outreach in the district");
    }
  }
}
