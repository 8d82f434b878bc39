package org.lantern.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lantern.risk.RiskLevel.HIGH;
import static org.lantern.risk.RiskLevel.MEDIUM;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.access.AuditLog;
import org.lantern.access.Role;
import org.lantern.people.ChildSummary;
import org.lantern.reporting.ReportCards;
import org.lantern.reporting.ReportFigures;
import org.lantern.reporting.ReportText;
import org.lantern.risk.RiskLevel;
import org.lantern.risk.ScreeningTools;
import org.lantern.risk.Screenings;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.MutableClock;
import org.lantern.testing.Pages;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A district's report card from two real rounds, counted by hand: round 1 (7 July) presents A
 * (high), B and C (medium); round 2 (8 September) presents A and B (high), C, D, E and F (medium),
 * D to F for the first time. Every child is female; nobody closed or escalated.
 */
@IntegrationTest
class ReportCardIntegrationTests {

  static final LocalDate ROUND_1 = LocalDate.of(2026, 7, 7);
  static final LocalDate ROUND_2 = LocalDate.of(2026, 9, 8);

  @Autowired Fixtures fixtures;
  @Autowired ScreeningTools tools;
  @Autowired Screenings screenings;
  @Autowired Panels panels;
  @Autowired Meetings meetings;
  @Autowired Minutes minutes;
  @Autowired MinutesApproval approval;
  @Autowired MeetingViews views;
  @Autowired MutableClock clock;
  @Autowired ReportCards cards;
  @Autowired AuditLog audit;
  @Autowired MockMvc mvc;
  @Autowired UserDetailsService users;

  PanelScenario s;
  TestPartnership p;
  UUID second;

  @BeforeEach
  void setUp() {
    s =
        new PanelScenario(
            fixtures, tools, screenings, panels, meetings, minutes, approval, views, clock);
    s.at(ROUND_1.minusMonths(1));
    p = s.start();
    ChildSummary a = fixtures.child(p);
    ChildSummary b = fixtures.child(p);
    ChildSummary c = fixtures.child(p);
    s.round(ROUND_1, ordered(a, HIGH, b, MEDIUM, c, MEDIUM));
    Map<ChildSummary, RiskLevel> two = ordered(a, HIGH, b, HIGH, c, MEDIUM);
    two.put(fixtures.child(p), MEDIUM);
    two.put(fixtures.child(p), MEDIUM);
    two.put(fixtures.child(p), MEDIUM);
    second = s.round(ROUND_2, two);
  }

  @Test
  void theFullCardCountsTheRoundAgainstThePreviousOne() {
    ReportCards.Card card = cards.card(p.user(Role.TEAM_MANAGER), second, ReportCards.Version.FULL);

    assertThat(card.previousOn()).isEqualTo(ROUND_1);
    assertThat(card.yearEarlierOn()).isNull();
    assertThat(column(card, "report.table.level", 0)).containsExactly("2", "4", "0", "0", "6");
    assertThat(column(card, "report.table.level", 1)).containsExactly("1", "2", "0", "0", "3");
    assertThat(column(card, "report.table.level", 2)).containsExactly("+1", "+2", "0", "0", "+3");
    assertThat(column(card, "report.table.stage", 0)).containsExactly("3", "3", "0", "6");
    assertThat(column(card, "report.table.sex", 0)).containsExactly("6", "0", "0", "6");
    assertThat(column(card, "report.table.actions", 0)).containsExactly("0", "0");
  }

  @Test
  void theWiderCardSuppressesAndIsAllAStrategicLeadSees() throws Exception {
    ReportCards.Card card =
        cards.card(p.user(Role.STRATEGIC_LEAD), second, ReportCards.Version.FULL);

    assertThat(card.version()).isEqualTo(ReportCards.Version.WIDER);
    assertThat(column(card, "report.table.level", 0)).containsExactly("c", "c", "0", "0", "6");
    assertThat(column(card, "report.table.level", 1)).containsExactly("c", "c", "0", "0", "c");
    assertThat(column(card, "report.table.level", 2)).containsExactly("c", "c", "0", "0", "c");
    assertThat(column(card, "report.table.stage", 0)).containsExactly("c", "c", "0", "6");
    assertThat(column(card, "report.table.sex", 0)).containsExactly("6", "0", "0", "6");
    assertThat(card.figures().anySuppressed()).isTrue();
  }

  @Test
  void thePdfHoldsTheFiguresTheTextAndTheFootnote() throws Exception {
    ReportCards.Card before =
        cards.card(p.user(Role.EXPLOITATION_COORDINATOR), second, ReportCards.Version.FULL);
    assertThat(
            cards.write(
                p.user(Role.EXPLOITATION_COORDINATOR),
                second,
                new ReportText(
                    "Gatherings at the retail park after school have grown since the summer.",
                    "Schools and police shared a weekly list of absences.",
                    "No youth provision in the east of the district.",
                    before.text().version())))
        .isTrue();

    byte[] pdf =
        mvc.perform(
                get("/panels/report-cards/{id}/pdf", second)
                    .param("version", "WIDER")
                    .with(Pages.signedInAs(users, p.username(Role.COUNCILLOR))))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", "application/pdf"))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();

    assertThat(pdf.length).isGreaterThan(1000);
    String text;
    try (var document = Loader.loadPDF(pdf)) {
      text = new PDFTextStripper().getText(document);
    }
    assertThat(text)
        .contains("For wider circulation")
        .contains("Children by risk level")
        .contains("retail park")
        .contains("No youth provision")
        .contains("c: a count below 5 (from 1 to 4)");
    Path out = Path.of("target/report-card-wider.pdf");
    Files.write(out, pdf);
  }

  static List<String> column(ReportCards.Card card, String table, int column) {
    ReportFigures.Table t =
        card.figures().tables().stream()
            .filter(x -> x.title().messageKey().equals(table))
            .findFirst()
            .orElseThrow();
    List<ReportFigures.Line> lines = new ArrayList<>(t.lines());
    if (t.total() != null) {
      lines.add(t.total());
    }
    return lines.stream()
        .map(
            l ->
                switch (column) {
                  case 0 -> l.current();
                  case 1 -> l.previous();
                  default -> l.sincePrevious();
                })
        .map(ReportFigures.Cell::text)
        .toList();
  }

  static Map<ChildSummary, RiskLevel> ordered(Object... pairs) {
    Map<ChildSummary, RiskLevel> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((ChildSummary) pairs[i], (RiskLevel) pairs[i + 1]);
    }
    return map;
  }
}
