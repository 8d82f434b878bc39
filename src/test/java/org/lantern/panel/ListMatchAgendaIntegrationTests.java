package org.lantern.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lantern.testing.ChildBuilder.aChild;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lantern.access.Directory;
import org.lantern.lists.ListCrossReference;
import org.lantern.lists.ListKind;
import org.lantern.people.ChildSummary;
import org.lantern.people.Sex;
import org.lantern.risk.RiskLevel;
import org.lantern.risk.ScreeningTools;
import org.lantern.risk.Screenings;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.MutableClock;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * From a list to the panel: a match the coordinator confirms between two meetings is on the next
 * agenda of the child's district built from the tracker, with the reason "matched on a list" and
 * which list; a rejected one is not, nor is a child of another district. Through the real upload,
 * decision and agenda builder (the lists module's {@code AgendaCandidateSource}).
 */
@IntegrationTest
class ListMatchAgendaIntegrationTests {

  static final LocalDate ROUND_1 = LocalDate.of(2026, 7, 7);
  static final LocalDate LIST_DATE = ROUND_1.plusDays(14);
  static final LocalDate ROUND_2 = ROUND_1.plusMonths(2);

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
  @Autowired ListCrossReference lists;

  @Test
  void aConfirmedMatchIsOnTheNextAgendaOfItsDistrictARejectedOneIsNot() {
    PanelScenario s =
        new PanelScenario(
            fixtures, tools, screenings, panels, meetings, minutes, approval, views, clock);
    s.at(ROUND_1.minusMonths(1));
    TestPartnership p = s.start();
    UUID elsewhere = directory.createDistrict(p.id(), "Other district " + p.suffix());
    ChildSummary presented = fixtures.child(p);
    ChildSummary confirmed = child(p, p.districtId(), "Rosalind", "Quillingford", 2010, 5, 12);
    ChildSummary rejected = child(p, p.districtId(), "Harriet", "Ormsgillby", 2011, 2, 3);
    ChildSummary otherDistrict = child(p, elsewhere, "Marcella", "Pellinghurst", 2009, 9, 21);
    s.round(ROUND_1, Map.of(presented, RiskLevel.MEDIUM));

    // Between the meetings the coordinator uploads the missing list and decides its rows.
    s.at(LIST_DATE);
    ListCrossReference.UploadResult upload =
        lists.upload(
            s.coordinator(),
            ListKind.MISSING_FROM_HOME,
            LIST_DATE,
            """
            Forename,Surname,DOB
            Rosalind,Quilingford,12/05/2010
            Harriet,Ormsgillby,03/02/2011
            Marcella,Pellinghurst,21/09/2009
            """
                .getBytes(StandardCharsets.UTF_8));
    assertThat(upload.added()).isEqualTo(3);
    ListCrossReference.ListView list =
        lists.list(s.coordinator(), upload.listId(), ListCrossReference.Query.first());
    decide(s, list, "Rosalind", confirmed, true);
    decide(s, list, "Harriet", rejected, false);
    decide(s, list, "Marcella", otherDistrict, true);

    UUID next = s.plannedMeeting(ROUND_2);

    List<AgendaEntry> agenda = views.agenda(s.coordinator(), next).entries();
    assertThat(agenda)
        .filteredOn(e -> e.childId().equals(confirmed.id()))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.reason()).isEqualTo(AgendaReason.LIST_MATCH);
              assertThat(e.detail())
                  .isEqualTo("Matched on the Missing from home or care list of 21 July 2026");
            });
    assertThat(agenda).noneMatch(e -> e.childId().equals(rejected.id()));
    assertThat(agenda).noneMatch(e -> e.childId().equals(otherDistrict.id()));
    // the child presented at the first round is due back, not taken for a list match
    assertThat(agenda)
        .filteredOn(e -> e.childId().equals(presented.id()))
        .extracting(AgendaEntry::reason)
        .containsExactly(AgendaReason.DUE_BACK);

    // once the panel has met, the match is not offered again at the meeting after
    s.agree(next);
    for (AgendaEntry e : agenda) {
      s.record(
          next, e.childId(), "Discussed at panel.", PanelDecision.CLOSE, PanelScenario.noAction());
    }
    s.approve(next);
    UUID third = s.plannedMeeting(ROUND_2.plusMonths(2));
    assertThat(views.agenda(s.coordinator(), third).entries())
        .noneMatch(e -> e.childId().equals(confirmed.id()));
  }

  private void decide(
      PanelScenario s,
      ListCrossReference.ListView list,
      String given,
      ChildSummary child,
      boolean confirm) {
    ListCrossReference.RowView row =
        list.rows().stream()
            .filter(r -> r.listed().givenName().equals(given))
            .findFirst()
            .orElseThrow();
    assertThat(row.candidates())
        .as("the list row proposes %s", child.name())
        .anyMatch(c -> c.child().id().equals(child.id()));
    lists.decide(
        s.coordinator(), list.summary().id(), row.id(), row.version(), confirm ? child.id() : null);
  }

  private ChildSummary child(
      TestPartnership p,
      UUID districtId,
      String given,
      String family,
      int year,
      int month,
      int day) {
    return fixtures.child(
        p,
        aChild(given, family).sex(Sex.FEMALE).born(year, month, day).district(districtId).build());
  }
}
