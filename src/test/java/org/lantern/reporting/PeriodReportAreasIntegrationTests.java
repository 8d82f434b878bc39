package org.lantern.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lantern.reporting.PeriodReportIntegrationTests.column;
import static org.lantern.reporting.PeriodReportIntegrationTests.table;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lantern.access.AccessDeniedForRole;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditEntry;
import org.lantern.access.AuditLog;
import org.lantern.access.Authorities;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.access.LocalAuthorityView;
import org.lantern.access.NewUser;
import org.lantern.access.Role;
import org.lantern.panel.MeetingViews;
import org.lantern.panel.Meetings;
import org.lantern.panel.Minutes;
import org.lantern.panel.MinutesApproval;
import org.lantern.panel.PanelScenario;
import org.lantern.panel.Panels;
import org.lantern.people.ChildSummary;
import org.lantern.people.NewPlacement;
import org.lantern.people.OtherAuthority;
import org.lantern.people.PlacementType;
import org.lantern.people.Placements;
import org.lantern.people.Responsibility;
import org.lantern.people.Sex;
import org.lantern.risk.RiskLevel;
import org.lantern.risk.ScreeningTools;
import org.lantern.risk.Screenings;
import org.lantern.scrutiny.CommitteePacks;
import org.lantern.scrutiny.WorkProgramme;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.MutableClock;
import org.lantern.testing.Pages;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The period report by local authority, with the "of which" split by responsibility, the level
 * spans it reads, its charts in the PDF, its place in the committee pack and part B for named
 * members only. Two councils: the partnership's own (North, the test partnership's district, and
 * East) and Greywater (Grey). The period is 1 May to 31 October 2026.
 *
 * <pre>
 * G1 Grey  girl HIGH 2026-06-01; foster care, placed here by another authority from 2026-01-01
 * G2 Grey  boy  LOW 2025-06-01 (never closed)
 * N1 North girl MEDIUM 2026-02-01, NONE 2026-05-10; ours placed elsewhere 2026-03-01 to 2026-09-01
 * N2 North girl LOW 2026-01-01, NONE 2026-04-30 (closed before the period)
 * E1 East  girl MEDIUM 2026-07-01; residential, ours placed elsewhere from 2026-07-01
 * </pre>
 *
 * In the period: G1 high, N1 and E1 medium, G2 low (4). Greywater: 2 (high 1, low 1); the
 * partnership's own council: 2 (medium). Of which placed here by another authority: 1 (G1); ours
 * placed elsewhere on the last day: 1 (E1; N1's placement had ended). A year earlier: G2 low (1).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeriodReportAreasIntegrationTests {

  static final ReportPeriod PERIOD = PeriodReportIntegrationTests.PERIOD;

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
  @Autowired Authorities authorities;
  @Autowired Placements placements;
  @Autowired PeriodReports reports;
  @Autowired AudienceThresholds thresholds;
  @Autowired WorkProgramme programme;
  @Autowired CommitteePacks packs;
  @Autowired AuditLog audit;
  @Autowired JdbcTemplate jdbc;
  @Autowired MockMvc mvc;
  @Autowired UserDetailsService users;

  PanelScenario s;
  TestPartnership p;
  String greywater;
  ChildSummary n1;

  @BeforeEach
  void afterThePeriod() {
    if (p != null) {
      s.at(LocalDate.of(2026, 11, 15));
    }
  }

  @BeforeAll
  void twoCouncils() {
    s =
        new PanelScenario(
            fixtures, tools, screenings, panels, meetings, minutes, approval, views, clock);
    s.at(LocalDate.of(2025, 1, 1));
    p = s.start();
    greywater = "Greywater " + p.suffix();
    UUID grey =
        directory.createDistrict(
            p.id(), "Grey " + p.suffix(), authorities.create(p.id(), greywater));
    UUID east = directory.createDistrict(p.id(), "East " + p.suffix());
    ChildSummary g1 = child("Gail", Sex.FEMALE, grey);
    ChildSummary g2 = child("Glen", Sex.MALE, grey);
    n1 = child("Nora", Sex.FEMALE, p.districtId());
    ChildSummary n2 = child("Nell", Sex.FEMALE, p.districtId());
    ChildSummary e1 = child("Edie", Sex.FEMALE, east);
    screen(g2, RiskLevel.LOW, LocalDate.of(2025, 6, 1));
    screen(n2, RiskLevel.LOW, LocalDate.of(2026, 1, 1));
    place(g1, PlacementType.FOSTER_CARE, Responsibility.PLACED_HERE_BY_ANOTHER_AUTHORITY, 1, 1);
    screen(n1, RiskLevel.MEDIUM, LocalDate.of(2026, 2, 1));
    place(n1, PlacementType.RESIDENTIAL, Responsibility.OURS_PLACED_ELSEWHERE, 3, 1);
    screen(n2, RiskLevel.NONE, LocalDate.of(2026, 4, 30));
    screen(n1, RiskLevel.NONE, LocalDate.of(2026, 5, 10));
    screen(g1, RiskLevel.HIGH, LocalDate.of(2026, 6, 1));
    screen(e1, RiskLevel.MEDIUM, LocalDate.of(2026, 7, 1));
    place(e1, PlacementType.RESIDENTIAL, Responsibility.OURS_PLACED_ELSEWHERE, 7, 1);
    s.at(LocalDate.of(2026, 9, 1));
    placements.end(p.user(Role.FRONT_DOOR), n1.id(), LocalDate.of(2026, 9, 1));
    s.at(LocalDate.of(2026, 11, 15));
  }

  @Test
  void eachCouncilHasItsColumnBesideItsDistrictsAndTheOfWhichSplitCountsTheLastDay() {
    PeriodReport r = reports.report(p.user(Role.STRATEGIC_LEAD), PERIOD, Audience.INTERNAL, null);

    int grey = area(r, PeriodReport.Area.Kind.AUTHORITY, greywater);
    int own = area(r, PeriodReport.Area.Kind.AUTHORITY, null);
    assertThat(r.areas().stream().filter(a -> a.kind() == PeriodReport.Area.Kind.AUTHORITY))
        .hasSize(2);
    assertThat(r.areas().stream().filter(a -> a.kind() == PeriodReport.Area.Kind.DISTRICT))
        .hasSize(3);
    // high, medium, low, total
    PeriodReport.Figures levels = table(r, "report.period.table.level");
    assertThat(column(levels, 0, PeriodReport.Cell::count)).containsExactly("1", "2", "1", "4");
    assertThat(column(levels, grey, PeriodReport.Cell::count)).containsExactly("1", "0", "1", "2");
    assertThat(column(levels, grey, PeriodReport.Cell::percent))
        .containsExactly("50%", "0%", "50%", "100%");
    assertThat(column(levels, grey, PeriodReport.Cell::yearEarlier))
        .containsExactly("0", "0", "1", "1");
    assertThat(column(levels, grey, PeriodReport.Cell::change))
        .containsExactly("+1", "0", "0", "+1");
    assertThat(column(levels, own, PeriodReport.Cell::count)).containsExactly("0", "2", "0", "2");
    assertThat(column(levels, own, PeriodReport.Cell::yearEarlier))
        .containsExactly("0", "0", "0", "0");

    PeriodReport.Figures ofWhich = table(r, "report.period.table.responsibility");
    assertThat(ofWhich.lines())
        .extracting(PeriodReport.Line::labelKey)
        .containsExactly(
            "responsibility.PLACED_HERE_BY_ANOTHER_AUTHORITY",
            "responsibility.OURS_PLACED_ELSEWHERE");
    assertThat(column(ofWhich, 0, PeriodReport.Cell::count)).containsExactly("1", "1");
    assertThat(column(ofWhich, 0, PeriodReport.Cell::percent)).containsExactly("25%", "25%");
    assertThat(column(ofWhich, grey, PeriodReport.Cell::count)).containsExactly("1", "0");
    assertThat(column(ofWhich, own, PeriodReport.Cell::count)).containsExactly("0", "1");

    // one council only: no council columns
    assertThat(
            reports
                .report(
                    fixtures.partnership().user(Role.STRATEGIC_LEAD),
                    PERIOD,
                    Audience.INTERNAL,
                    null)
                .areas())
        .noneMatch(a -> a.kind() == PeriodReport.Area.Kind.AUTHORITY);
  }

  @Test
  void aCouncilsFigureIsHiddenWhereverOneOfItsDistrictsIsSoItGivesNothingAway() {
    thresholds.save(p.user(Role.STRATEGIC_LEAD), Map.of(Audience.PARTNERS, 2, Audience.PUBLIC, 2));
    PeriodReport r =
        reports.report(p.user(Role.EXPLOITATION_COORDINATOR), PERIOD, Audience.PARTNERS, null);

    List<PeriodReport.Area> areas = r.areas();
    int checked = 0;
    for (PeriodReport.Section section : r.sections()) {
      for (PeriodReport.Figures t : section.tables()) {
        for (PeriodReport.Line line : t.lines()) {
          for (int a = 0; a < areas.size(); a++) {
            if (areas.get(a).kind() != PeriodReport.Area.Kind.AUTHORITY) {
              continue;
            }
            List<String> districts = districtCells(r, a, line);
            String cell = line.cells().get(a).count();
            if (districts.contains("c")) {
              assertThat(cell).as(t.titleKey()).isEqualTo("c");
            } else {
              assertThat(Long.parseLong(cell))
                  .as(t.titleKey())
                  .isEqualTo(districts.stream().mapToLong(Long::parseLong).sum());
            }
            checked++;
          }
        }
      }
    }
    assertThat(checked).isGreaterThan(20);
    assertThat(r.anySuppressed()).isTrue();
  }

  @Test
  void theLevelSpansFollowTheScreeningsAndAnEarlierDataDateSeesASpanStillOpen() {
    assertThat(
            jdbc.queryForList(
                "select risk_level from risk_level_span where child_id = ? order by from_at",
                String.class,
                n1.id()))
        .containsExactly("MEDIUM");
    assertThat(
            jdbc.queryForObject(
                "select to_at from risk_level_span where child_id = ?", Timestamp.class, n1.id()))
        .isNotNull();
    // June and July: N1 and N2 had been closed by then, so G1 high, E1 medium, G2 low
    ReportPeriod summer = new ReportPeriod(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 31));
    assertThat(
            column(
                table(
                    reports.report(p.user(Role.STRATEGIC_LEAD), summer, Audience.INTERNAL, null),
                    "report.period.table.level"),
                0,
                PeriodReport.Cell::count))
        .containsExactly("1", "1", "1", "3");
    // As at 1 April 2026 neither closing screening (30 April, 10 May) nor G1's and E1's had been
    // made: N1's medium and N2's low were still open then, and count in June and July.
    PeriodReport asAtApril =
        reports.report(
            p.user(Role.STRATEGIC_LEAD),
            summer,
            Audience.INTERNAL,
            Instant.parse("2026-04-01T12:00:00Z"));
    assertThat(column(table(asAtApril, "report.period.table.level"), 0, PeriodReport.Cell::count))
        .containsExactly("0", "1", "2", "3");
    assertThat(column(table(asAtApril, "report.period.table.new"), 0, PeriodReport.Cell::count))
        .containsExactly("0");
  }

  @Test
  void partBIsForTheCommitteesNamedMembersOnlyAndARefusalIsAudited() {
    CurrentUser councillor = secondCouncillor();
    assertThat(reports.audiences(councillor)).containsExactly(Audience.PUBLIC);
    assertThatThrownBy(() -> reports.report(councillor, PERIOD, Audience.COMMITTEE_EXEMPT, null))
        .isInstanceOf(AccessDeniedForRole.class);
    List<AuditEntry> entries = new ArrayList<>();
    audit.forPartnership(
        p.id(), Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"), entries::add);
    assertThat(entries)
        .anyMatch(
            e ->
                e.action() == AuditAction.VIEW_EXEMPT_PERIOD_REPORT
                    && e.outcome().name().equals("REFUSED")
                    && "NOT_ON_COMMITTEE".equals(e.basis()));

    CurrentUser officer = p.user(Role.STRATEGIC_LEAD);
    UUID committee = programme.createCommittee(officer, "Children's Select Committee");
    programme.seat(officer, committee, Set.of(councillor.id()), Set.of(officer.id()));
    assertThat(reports.audiences(councillor))
        .containsExactly(Audience.PUBLIC, Audience.COMMITTEE_EXEMPT);
    PeriodReport exempt = reports.report(councillor, PERIOD, Audience.COMMITTEE_EXEMPT, null);
    assertThat(column(table(exempt, "report.period.table.level"), 0, PeriodReport.Cell::count))
        .containsExactly("1", "2", "1", "4");
  }

  @Test
  void theCommitteePackTakesTheLastSixMonthsAsASectionSuppressedForPartA() {
    CurrentUser officer = p.user(Role.STRATEGIC_LEAD);
    CurrentUser councillor = p.user(Role.COUNCILLOR);
    thresholds.save(officer, Map.of(Audience.PARTNERS, 5, Audience.PUBLIC, 5));
    UUID committee = programme.createCommittee(officer, "Pack committee");
    programme.seat(officer, committee, Set.of(councillor.id()), Set.of(officer.id()));
    UUID meeting =
        programme.addMeeting(
            officer, committee, LocalDate.of(2026, 11, 10), LocalTime.of(10, 0), "Oak Room");
    assertThat(packs.sections()).extracting(x -> x.key()).contains("PERIOD_REPORT");

    UUID partA =
        packs.assemble(
            officer,
            meeting,
            org.lantern.scrutiny.Audience.PART_A,
            "Committee pack, November 2026",
            "The committee is asked to note the figures.",
            List.of("PERIOD_REPORT"));
    String html = packs.read(officer, partA).html();
    assertThat(html)
        .contains("Data report for the last six months")
        .contains("1 May 2026 to 31 October 2026")
        .contains("Children at low, medium or high risk in the period")
        .contains(greywater + " (all its districts)")
        .contains("c: a count below 5");
    UUID partB =
        packs.assemble(
            officer,
            meeting,
            org.lantern.scrutiny.Audience.PART_B,
            "Exempt pack, November 2026",
            "Part B.",
            List.of("PERIOD_REPORT"));
    assertThat(packs.read(officer, partB).html()).doesNotContain("c: a count below");
  }

  @Test
  void thePdfDrawsEachChartBesideItsTable() throws Exception {
    byte[] pdf =
        mvc.perform(
                get("/reports/period.pdf")
                    .param("from", "2026-05-01")
                    .param("to", "2026-10-31")
                    .param("audience", "INTERNAL")
                    .with(Pages.signedInAs(users, p.username(Role.STRATEGIC_LEAD))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    Files.write(Path.of("target/period-report-areas.pdf"), pdf);
    try (var document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertThat(text)
          .contains("Chart: Children at low, medium or high risk in the period")
          .contains("High: 1 (a year earlier: 0)")
          .contains("Low: 1 (a year earlier: 1)")
          .contains(greywater + " (all its districts)");
    }
  }

  private CurrentUser secondCouncillor() {
    String username = "councillor-b-" + p.suffix();
    UUID id =
        directory.createUser(
            new NewUser(
                username,
                "Second councillor",
                username + "@test.invalid",
                TestPartnership.PASSWORD,
                Role.COUNCILLOR,
                p.councilId(),
                null));
    return new CurrentUser(
        id, username, "Second councillor", Role.COUNCILLOR, p.councilId(), "Council", p.id(), null);
  }

  /** The district cells of a line that belong to the council in column {@code a}. */
  private List<String> districtCells(PeriodReport r, int a, PeriodReport.Line line) {
    Map<UUID, LocalAuthorityView> of = authorities.byDistrict(p.id());
    String council = r.areas().get(a).name();
    List<String> cells = new ArrayList<>();
    for (var d : directory.districts(p.id())) {
      if (of.get(d.id()).name().equals(council)) {
        int column = area(r, PeriodReport.Area.Kind.DISTRICT, d.name());
        cells.add(line.cells().get(column).count());
      }
    }
    return cells;
  }

  /** The column of an area by kind and name (a null name: any other than Greywater). */
  private int area(PeriodReport r, PeriodReport.Area.Kind kind, String name) {
    for (int i = 0; i < r.areas().size(); i++) {
      PeriodReport.Area a = r.areas().get(i);
      if (a.kind() == kind
          && (name == null ? !greywater.equals(a.name()) : name.equals(a.name()))) {
        return i;
      }
    }
    throw new AssertionError("no " + kind + " " + name);
  }

  private ChildSummary child(String name, Sex sex, UUID district) {
    return fixtures.child(
        p,
        fixtures
            .aChild(p)
            .named(name, "Area" + p.suffix())
            .sex(sex)
            .born(LocalDate.of(2011, 4, 4))
            .district(district)
            .build());
  }

  private void screen(ChildSummary child, RiskLevel level, LocalDate on) {
    s.at(on);
    s.screen(child, level);
  }

  private void place(ChildSummary child, PlacementType type, Responsibility r, int month, int day) {
    LocalDate on = LocalDate.of(2026, month, day);
    s.at(on);
    placements.start(
        p.user(Role.FRONT_DOOR),
        child.id(),
        new NewPlacement(
            type,
            r,
            new OtherAuthority("Westmoor Council", null, null, null, "01632 960111", null, null),
            on));
  }
}
