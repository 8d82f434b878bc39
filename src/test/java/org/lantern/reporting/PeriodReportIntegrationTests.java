package org.lantern.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lantern.access.AccessDeniedForRole;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditLog;
import org.lantern.access.Directory;
import org.lantern.access.Role;
import org.lantern.panel.MeetingViews;
import org.lantern.panel.Meetings;
import org.lantern.panel.Minutes;
import org.lantern.panel.MinutesApproval;
import org.lantern.panel.PanelDecision;
import org.lantern.panel.PanelScenario;
import org.lantern.panel.Panels;
import org.lantern.people.ChildSummary;
import org.lantern.people.NewChild;
import org.lantern.people.Sex;
import org.lantern.risk.RiskLevel;
import org.lantern.risk.ScreeningTools;
import org.lantern.risk.Screenings;
import org.lantern.scrutiny.WorkProgramme;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.MutableClock;
import org.lantern.testing.Pages;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The period data report of a small county over two years, counted by hand. North (with the panel)
 * and South. The period is 1 May to 31 October 2026; a year earlier, 1 May to 31 October 2025.
 *
 * <pre>
 * E  South  girl  born 2009-01-01  HIGH 2024-12-01
 * A  North  girl  born 2012-03-10  LOW 2025-07-01, MEDIUM 2026-06-01 (level changed in the period)
 * C  North  boy   born 2010-05-05  MEDIUM 2025-07-01, NONE 2025-12-01
 * panel 2025-07-08: A continue, C closed
 * B  North  girl  born 2014-11-20  HIGH 2026-03-01, HIGH 2026-06-01, LOW 2026-08-01
 * F  South  boy   no date of birth LOW 2026-05-01
 * panel 2026-06-08: A, B, and C again (re-referred)
 * D  North  girl  born 2013-10-31  LOW 2026-10-31 (13 on the period's last day)
 * </pre>
 *
 * In the period: A medium, B high, D low, E high, F low (5; C's NONE was in force). A year earlier:
 * A low, C medium, E high (3).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeriodReportIntegrationTests {

  static final ReportPeriod PERIOD =
      new ReportPeriod(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 10, 31));

  @Autowired Fixtures fixtures;
  @Autowired ScreeningTools tools;
  @Autowired Screenings screenings;
  @Autowired Panels panels;
  @Autowired Meetings meetings;
  @Autowired Minutes minutes;
  @Autowired MinutesApproval approval;
  @Autowired MeetingViews views;
  @Autowired MutableClock clock;
  @Autowired Directory directory;
  @Autowired PeriodReports reports;
  @Autowired AudienceThresholds thresholds;
  @Autowired AuditLog audit;
  @Autowired MockMvc mvc;
  @Autowired UserDetailsService users;
  @Autowired WorkProgramme committees;

  PanelScenario s;
  TestPartnership p;

  @BeforeEach
  void afterTheTwoYears() {
    if (p != null) {
      s.at(LocalDate.of(2026, 11, 15));
    }
  }

  /** Built once for the class: the tests only read it, or add what comes after the data's date. */
  @BeforeAll
  void county() {
    s =
        new PanelScenario(
            fixtures, tools, screenings, panels, meetings, minutes, approval, views, clock);
    s.at(LocalDate.of(2024, 11, 1));
    p = s.start();
    UUID south = directory.createDistrict(p.id(), "South " + p.suffix());
    ChildSummary e = child("Eve", Sex.FEMALE, LocalDate.of(2009, 1, 1), south);
    ChildSummary a = child("Amy", Sex.FEMALE, LocalDate.of(2012, 3, 10), p.districtId());
    ChildSummary c = child("Carl", Sex.MALE, LocalDate.of(2010, 5, 5), p.districtId());
    screen(e, RiskLevel.HIGH, LocalDate.of(2024, 12, 1));
    screen(a, RiskLevel.LOW, LocalDate.of(2025, 7, 1));
    screen(c, RiskLevel.MEDIUM, LocalDate.of(2025, 7, 1));
    meeting(LocalDate.of(2025, 7, 8), List.of(a, c), c);
    screen(c, RiskLevel.NONE, LocalDate.of(2025, 12, 1));
    ChildSummary b = child("Bea", Sex.FEMALE, LocalDate.of(2014, 11, 20), p.districtId());
    screen(b, RiskLevel.HIGH, LocalDate.of(2026, 3, 1));
    ChildSummary f = child("Finn", Sex.MALE, null, south);
    screen(f, RiskLevel.LOW, LocalDate.of(2026, 5, 1));
    screen(a, RiskLevel.MEDIUM, LocalDate.of(2026, 6, 1));
    screen(b, RiskLevel.HIGH, LocalDate.of(2026, 6, 1));
    meeting(LocalDate.of(2026, 6, 8), List.of(a, b, c), null);
    screen(b, RiskLevel.LOW, LocalDate.of(2026, 8, 1));
    ChildSummary d = child("Dee", Sex.FEMALE, LocalDate.of(2013, 10, 31), p.districtId());
    screen(d, RiskLevel.LOW, LocalDate.of(2026, 10, 31));
    s.at(LocalDate.of(2026, 11, 15));
    // the councillor is a named member of the committee, and so may read part B
    UUID committee = committees.createCommittee(p.user(Role.STRATEGIC_LEAD), "Select Committee");
    committees.seat(
        p.user(Role.STRATEGIC_LEAD),
        committee,
        java.util.Set.of(p.user(Role.COUNCILLOR).id()),
        java.util.Set.of());
  }

  @Test
  void theInternalReportCountsLevelsPercentagesAndTheYearOnYearChange() {
    PeriodReport r = reports.report(p.user(Role.STRATEGIC_LEAD), PERIOD, Audience.INTERNAL, null);

    assertThat(r.areas()).hasSize(3);
    // high, medium, low, total: the partnership
    PeriodReport.Figures levels = table(r, "report.period.table.level");
    assertThat(column(levels, 0, PeriodReport.Cell::count)).containsExactly("2", "1", "2", "5");
    assertThat(column(levels, 0, PeriodReport.Cell::percent))
        .containsExactly("40%", "20%", "40%", "100%");
    assertThat(column(levels, 0, PeriodReport.Cell::yearEarlier))
        .containsExactly("1", "1", "1", "3");
    assertThat(column(levels, 0, PeriodReport.Cell::change)).containsExactly("+1", "0", "+1", "+2");
    assertThat(column(levels, 0, PeriodReport.Cell::changePercent))
        .containsExactly("+100%", "0%", "+100%", "+67%");
    // North (B high, A medium, D low) and South (E high, F low)
    assertThat(column(levels, 1, PeriodReport.Cell::count)).containsExactly("1", "1", "1", "3");
    assertThat(column(levels, 2, PeriodReport.Cell::count)).containsExactly("1", "0", "1", "2");
    assertThat(column(levels, 2, PeriodReport.Cell::yearEarlier))
        .containsExactly("1", "0", "0", "1");

    PeriodReport.Figures fresh = table(r, "report.period.table.new");
    assertThat(column(fresh, 0, PeriodReport.Cell::count)).containsExactly("2");
    assertThat(column(fresh, 0, PeriodReport.Cell::percent)).containsExactly("40%");
    assertThat(column(fresh, 0, PeriodReport.Cell::change)).containsExactly("0");

    PeriodReport.Figures sex = table(r, "report.period.table.sex");
    assertThat(column(sex, 0, PeriodReport.Cell::count)).containsExactly("4", "1", "0", "5");
    assertThat(column(sex, 0, PeriodReport.Cell::percent))
        .containsExactly("80%", "20%", "0%", "100%");
    assertThat(column(sex, 0, PeriodReport.Cell::change)).containsExactly("+2", "0", "0", "+2");

    // under 10, 10 ... 17, 18 and over, not known, total
    PeriodReport.Figures ages = table(r, "report.period.table.age");
    assertThat(column(ages, 0, PeriodReport.Cell::count))
        .containsExactly("0", "0", "1", "0", "1", "1", "0", "0", "1", "0", "1", "5");
    assertThat(column(ages, 0, PeriodReport.Cell::yearEarlier))
        .containsExactly("0", "0", "0", "0", "1", "0", "1", "1", "0", "0", "0", "3");
    assertThat(column(ages, 0, PeriodReport.Cell::changePercent))
        .containsExactly("—", "—", "—", "—", "0%", "—", "−100%", "−100%", "—", "—", "—", "+67%");

    PeriodReport.Figures bands = table(r, "report.period.table.ageBand");
    assertThat(column(bands, 0, PeriodReport.Cell::count))
        .containsExactly("0", "1", "2", "1", "0", "1", "5");

    // the initial panel: B (high) in the period; A (low) and C (medium) a year earlier
    PeriodReport.Figures initial = table(r, "report.period.table.initialLevel");
    assertThat(column(initial, 0, PeriodReport.Cell::count))
        .containsExactly("1", "0", "0", "0", "1");
    assertThat(column(initial, 0, PeriodReport.Cell::yearEarlier))
        .containsExactly("0", "1", "1", "0", "2");
    PeriodReport.Figures flow = table(r, "report.period.table.panelFlow");
    assertThat(column(flow, 0, PeriodReport.Cell::count)).containsExactly("1", "0");
    assertThat(column(flow, 1, PeriodReport.Cell::count)).containsExactly("1", "0");
    assertThat(r.anySuppressed()).isFalse();
  }

  @Test
  void runningItAgainAsAtTheSameDateGivesTheSameFiguresWhateverCameLater() {
    PeriodReport first =
        reports.report(p.user(Role.STRATEGIC_LEAD), PERIOD, Audience.INTERNAL, null);
    Instant asAt = first.asAt();
    s.at(LocalDate.of(2026, 11, 20));
    ChildSummary late = child("Gus", Sex.MALE, LocalDate.of(2011, 2, 2), p.districtId());
    screen(late, RiskLevel.HIGH, LocalDate.of(2026, 11, 20));

    PeriodReport again =
        reports.report(p.user(Role.STRATEGIC_LEAD), PERIOD, Audience.INTERNAL, asAt);

    assertThat(again.sections()).isEqualTo(first.sections());
    assertThat(again.asAt()).isEqualTo(asAt);
  }

  @Test
  void eachAudienceSuppressesAtItsOwnThreshold() {
    thresholds.save(p.user(Role.STRATEGIC_LEAD), Map.of(Audience.PARTNERS, 5, Audience.PUBLIC, 2));

    PeriodReport partners =
        reports.report(p.user(Role.EXPLOITATION_COORDINATOR), PERIOD, Audience.PARTNERS, null);
    PeriodReport published = reports.report(p.user(Role.COUNCILLOR), PERIOD, Audience.PUBLIC, null);
    PeriodReport exempt =
        reports.report(p.user(Role.COUNCILLOR), PERIOD, Audience.COMMITTEE_EXEMPT, null);

    PeriodReport.Figures atFive = table(partners, "report.period.table.level");
    assertThat(column(atFive, 0, PeriodReport.Cell::count)).containsExactly("c", "c", "c", "5");
    assertThat(column(atFive, 0, PeriodReport.Cell::percent))
        .containsExactly("c", "c", "c", "100%");
    assertThat(column(atFive, 0, PeriodReport.Cell::change)).containsExactly("c", "c", "c", "c");
    assertThat(partners.threshold()).isEqualTo(5);
    // at 2 only ones are small; medium's one would be given away by the total, so high goes too
    PeriodReport.Figures atTwo = table(published, "report.period.table.level");
    assertThat(column(atTwo, 0, PeriodReport.Cell::count)).containsExactly("c", "c", "2", "5");
    assertThat(column(atTwo, 1, PeriodReport.Cell::count)).containsExactly("c", "c", "c", "3");
    assertThat(published.anySuppressed()).isTrue();
    PeriodReport.Figures full = table(exempt, "report.period.table.level");
    assertThat(column(full, 0, PeriodReport.Cell::count)).containsExactly("2", "1", "2", "5");
    assertThat(exempt.threshold()).isNull();
  }

  @Test
  void aCouncillorCannotReadTheInternalReportAndTheRefusalIsAudited() {
    assertThatThrownBy(
            () -> reports.report(p.user(Role.COUNCILLOR), PERIOD, Audience.INTERNAL, null))
        .isInstanceOf(AccessDeniedForRole.class);
    assertThatThrownBy(
            () ->
                reports.report(
                    p.user(Role.EXPLOITATION_COORDINATOR), PERIOD, Audience.COMMITTEE_EXEMPT, null))
        .isInstanceOf(AccessDeniedForRole.class);
    List<org.lantern.access.AuditEntry> refused = new java.util.ArrayList<>();
    audit.forPartnership(
        p.id(), Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"), refused::add);
    assertThat(refused)
        .anyMatch(
            e ->
                e.action() == AuditAction.VIEW_PERIOD_REPORT
                    && e.outcome().name().equals("REFUSED"))
        .anyMatch(
            e ->
                e.action() == AuditAction.VIEW_EXEMPT_PERIOD_REPORT
                    && e.outcome().name().equals("REFUSED"));
  }

  @Test
  void aThresholdBelowOneOrAPeriodEndingBeforeItStartsOrInTheFutureIsRefusedByTheField()
      throws Exception {
    Map<Audience, Integer> before = thresholds.all(p.user(Role.STRATEGIC_LEAD));
    Document page =
        Pages.html(
            mvc.perform(
                    get("/reports/period")
                        .param("from.day", "1")
                        .param("from.month", "11")
                        .param("from.year", "2026")
                        .param("to.day", "31")
                        .param("to.month", "10")
                        .param("to.year", "2026")
                        .param("audience", "INTERNAL")
                        .with(Pages.signedInAs(users, p.username(Role.STRATEGIC_LEAD))))
                .andExpect(status().isOk())
                .andReturn());
    assertThat(page.select(".govuk-error-summary").text())
        .contains("The last day must be the same as or after the first day");
    assertThat(page.select("#report-heading")).isEmpty();

    Document whole =
        Pages.html(
            mvc.perform(
                    get("/reports/period")
                        .param("from", "2026-06-01")
                        .param("to", "not a date")
                        .param("audience", "INTERNAL")
                        .with(Pages.signedInAs(users, p.username(Role.STRATEGIC_LEAD))))
                .andExpect(status().isOk())
                .andReturn());
    assertThat(whole.text()).doesNotContain("Failed to convert").doesNotContain("DateInput");
    assertThat(whole.select(".govuk-error-summary").text())
        .as("an ISO date in the address is read; anything else asks for the date by the field")
        .contains("Enter the last day of the period")
        .doesNotContain("Enter the first day of the period");

    Document future =
        Pages.html(
            mvc.perform(
                    get("/reports/period")
                        .param("from.day", "1")
                        .param("from.month", "11")
                        .param("from.year", "2026")
                        .param("to.day", "30")
                        .param("to.month", "11")
                        .param("to.year", "2026")
                        .param("audience", "INTERNAL")
                        .with(Pages.signedInAs(users, p.username(Role.STRATEGIC_LEAD))))
                .andReturn());
    assertThat(future.select("#to-error").text()).contains("The period must have ended");

    Document threshold =
        Pages.html(
            mvc.perform(
                    org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                            "/reports/thresholds")
                        .param("partners", "0")
                        .param("published", "3")
                        .with(
                            org.springframework.security.test.web.servlet.request
                                .SecurityMockMvcRequestPostProcessors.csrf())
                        .with(Pages.signedInAs(users, p.username(Role.STRATEGIC_LEAD))))
                .andExpect(status().isOk())
                .andReturn());
    assertThat(threshold.select("#partners-error").text()).contains("must be 1 or more");
    assertThat(thresholds.all(p.user(Role.STRATEGIC_LEAD))).isEqualTo(before);
  }

  @Test
  void thePageDrawsEachChartWithItsTableAndThePdfAndCsvHoldTheFigures() throws Exception {
    thresholds.save(p.user(Role.STRATEGIC_LEAD), Map.of(Audience.PARTNERS, 5, Audience.PUBLIC, 5));
    Document page =
        Pages.html(
            mvc.perform(
                    get("/reports/period")
                        .param("from.day", "1")
                        .param("from.month", "5")
                        .param("from.year", "2026")
                        .param("to.day", "31")
                        .param("to.month", "10")
                        .param("to.year", "2026")
                        .param("audience", "INTERNAL")
                        .with(Pages.signedInAs(users, p.username(Role.STRATEGIC_LEAD))))
                .andExpect(status().isOk())
                .andReturn());
    assertThat(page.select("#report-heading").text())
        .isEqualTo("Data report: 1 May 2026 to 31 October 2026");
    assertThat(page.select("svg[role=img] title")).isNotEmpty();
    assertThat(page.select("svg[role=img]").size())
        .isLessThanOrEqualTo(page.select("table.govuk-table").size());
    assertThat(page.text()).contains("Aged 13").contains("Notices served, by month");

    byte[] pdf =
        mvc.perform(
                get("/reports/period.pdf")
                    .param("from", "2026-05-01")
                    .param("to", "2026-10-31")
                    .param("audience", "PUBLIC")
                    .with(Pages.signedInAs(users, p.username(Role.COUNCILLOR))))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", "application/pdf"))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    String text;
    try (var document = Loader.loadPDF(pdf)) {
      text = new PDFTextStripper().getText(document);
      assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
    }
    assertThat(text)
        .contains("Data report: 1 May 2026 to 31 October 2026")
        .contains("Published and committee part A")
        .contains("Children at low, medium or high risk in the period")
        .contains("Missing from home, care and education")
        .contains("c: a count below 5");
    Files.write(Path.of("target/period-report-published.pdf"), pdf);

    String csv =
        mvc.perform(
                get("/reports/period.csv")
                    .param("from", "2026-05-01")
                    .param("to", "2026-10-31")
                    .param("audience", "INTERNAL")
                    .with(Pages.signedInAs(users, p.username(Role.STRATEGIC_LEAD))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(csv)
        .contains(
            "\"Children at low, medium or high risk in the period (highest level in it)\","
                + "High,The partnership,2,40%,1,+1,+100%");
  }

  private ChildSummary child(String name, Sex sex, LocalDate born, UUID district) {
    return fixtures.child(
        p,
        new NewChild(name, null, "Test" + p.suffix(), null, sex, born, null, null, null, district));
  }

  private void screen(ChildSummary child, RiskLevel level, LocalDate on) {
    s.at(on);
    s.screen(child, level);
  }

  /** A meeting of North's panel: the children presented, one of them closed. */
  private void meeting(LocalDate on, List<ChildSummary> presented, ChildSummary closed) {
    UUID id = s.plannedMeeting(on);
    for (ChildSummary child : presented) {
      if (views.agenda(s.coordinator(), id).entries().stream()
          .noneMatch(e -> e.childId().equals(child.id()))) {
        meetings.add(s.coordinator(), id, child.id(), "Added for the test.");
      }
    }
    s.agree(id);
    for (ChildSummary child : presented) {
      s.record(
          id,
          child.id(),
          "Discussed.",
          child.equals(closed) ? PanelDecision.CLOSE : PanelDecision.CONTINUE,
          PanelScenario.noAction());
    }
    s.approve(id);
  }

  static PeriodReport.Figures table(PeriodReport r, String key) {
    return r.sections().stream()
        .flatMap(x -> x.tables().stream())
        .filter(t -> t.titleKey().equals(key))
        .findFirst()
        .orElseThrow();
  }

  static List<String> column(
      PeriodReport.Figures t, int area, java.util.function.Function<PeriodReport.Cell, String> f) {
    return t.lines().stream().map(l -> f.apply(l.cells().get(area))).toList();
  }
}
