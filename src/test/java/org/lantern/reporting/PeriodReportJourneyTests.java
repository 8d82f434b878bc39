package org.lantern.reporting;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.options.RequestOptions;
import java.time.LocalDate;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.lantern.access.Role;
import org.lantern.panel.MeetingViews;
import org.lantern.panel.Meetings;
import org.lantern.panel.Minutes;
import org.lantern.panel.MinutesApproval;
import org.lantern.panel.PanelScenario;
import org.lantern.panel.Panels;
import org.lantern.people.ChildSummary;
import org.lantern.risk.RiskLevel;
import org.lantern.risk.ScreeningTools;
import org.lantern.risk.Screenings;
import org.lantern.testing.BrowserJourney;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The strategic lead asks for last six months' data report in the browser: a period that ends
 * before it starts is refused by the field, then the internal report shows the charts with their
 * tables; the published version shows small counts as "c"; the PDF downloads. Each page is checked
 * with axe.
 */
class PeriodReportJourneyTests extends BrowserJourney {

  @Autowired ScreeningTools tools;
  @Autowired Screenings screenings;
  @Autowired Panels panels;
  @Autowired Meetings meetings;
  @Autowired Minutes minutes;
  @Autowired MinutesApproval approval;
  @Autowired MeetingViews views;

  @Test
  void theStrategicLeadReadsTheSixMonthlyReportThenThePublishedVersion() throws Exception {
    PanelScenario s =
        new PanelScenario(
            fixtures, tools, screenings, panels, meetings, minutes, approval, views, clock);
    LocalDate today = today();
    ReportPeriod six = ReportPeriod.sixMonthsBefore(today);
    s.at(six.from().minusYears(1));
    TestPartnership p = s.start();
    ChildSummary a = fixtures.child(p);
    ChildSummary b = fixtures.child(p);
    s.screen(a, RiskLevel.LOW);
    s.round(six.from().plusMonths(1), Map.of(a, RiskLevel.MEDIUM, b, RiskLevel.HIGH));
    clock.reset();

    signIn(p.username(Role.STRATEGIC_LEAD));
    goTo("Period data report");
    assertThat(page.locator("h1")).hasText("Period data report");
    assertAccessible();

    fillDate("from", six.to());
    fillDate("to", six.from());
    page.getByLabel("Internal: every count").check();
    button("Show the report").click();
    assertThat(page.locator(".govuk-error-summary"))
        .containsText("The last day must be the same as or after the first day");
    assertAccessible();

    fillDate("from", six.from());
    fillDate("to", six.to());
    button("Show the report").click();
    assertThat(page.locator("#report-heading")).containsText("Data report:");
    assertThat(page.locator("svg[role=img]").first()).isVisible();
    assertThat(page.locator("body")).containsText("Children at risk by age");
    assertAccessible();

    page.getByLabel("Published and committee part A: small counts hidden").check();
    button("Show the report").click();
    assertThat(page.locator(".govuk-inset-text")).containsText("counts below 5");
    assertAccessible();

    String href = link("Download as PDF").getAttribute("href");
    APIResponse response =
        context.request().get(url(href), RequestOptions.create().setTimeout(120_000));
    assertThat(response.status()).isEqualTo(200);
    byte[] pdf = response.body();
    try (var document = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(document))
          .contains("Published and committee part A");
    }
  }
}
