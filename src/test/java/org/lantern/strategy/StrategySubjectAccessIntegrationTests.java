package org.lantern.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.access.CurrentUser;
import org.lantern.access.Role;
import org.lantern.casework.TeamRouting;
import org.lantern.governance.SubjectAccess;
import org.lantern.governance.SubjectAccessExport;
import org.lantern.governance.SubjectRecordSource.Field;
import org.lantern.governance.SubjectRecordSource.SubjectRecord;
import org.lantern.people.ChildSummary;
import org.lantern.referral.FrontDoor;
import org.lantern.referral.ThresholdDecision;
import org.lantern.strategy.data.StrategyMeetings;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A child's strategy discussions, conferences and plans in their subject access export: every field
 * there, the staff who took part and the other children discussed redacted unless kept.
 */
@IntegrationTest
class StrategySubjectAccessIntegrationTests {

  @Autowired Fixtures fixtures;
  @Autowired TeamRouting routing;
  @Autowired FrontDoor door;
  @Autowired MutableClock clock;
  @Autowired ChildMeetings meetings;
  @Autowired ChildProtectionConferences conferences;
  @Autowired StrategyMeetings stored;
  @Autowired SubjectAccess subjectAccess;
  @Autowired TransactionTemplate transaction;

  StrategyScenario s;

  @BeforeEach
  void setUp() {
    clock.reset();
    s = new StrategyScenario(fixtures, routing, door, clock);
  }

  @Test
  void meetingsConferencesAndPlansAreExportedWithTheStaffAndSiblingsRedacted() {
    s.at(LocalDateTime.of(2026, 12, 14, 9, 0));
    ChildSummary child = s.decided(ThresholdDecision.STRATEGY_DISCUSSION);
    ChildSummary sibling = s.child();
    var d = transaction.execute(tx -> stored.aboutChild(child.id()).getFirst());
    s.at(LocalDateTime.of(2026, 12, 14, 15, 0));
    meetings.record(
        s.worker,
        d.id(),
        d.version(),
        s.held(
            MeetingDecision.INITIAL_CHILD_PROTECTION_CONFERENCE,
            s.worker.id(),
            LocalDate.of(2027, 2, 1)));
    UUID together =
        meetings.start(s.frontDoor, MeetingKind.RISK_MANAGEMENT, List.of(child.id(), sibling.id()));
    s.at(LocalDateTime.of(2027, 1, 6, 12, 0));
    conferences.record(
        s.worker,
        child.id(),
        new ConferenceRecord(
            ConferenceKind.INITIAL,
            d.id(),
            LocalDate.of(2027, 1, 6),
            s.worker.id(),
            true,
            PlanCategory.SEXUAL,
            "The conference agreed a plan."));
    CurrentUser officer = s.p.user(Role.INFORMATION_GOVERNANCE);

    SubjectAccessExport redacted = subjectAccess.export(officer, child.id(), false, "JSON");

    List<SubjectRecord> strategy =
        redacted.records().stream().filter(r -> r.module().equals("strategy")).toList();
    assertThat(strategy)
        .extracting(SubjectRecord::kind)
        .containsExactlyInAnyOrder(
            "Strategy discussion",
            "Risk-management meeting",
            "Child protection conference",
            "Child protection plan");
    SubjectRecord discussion = kind(strategy, "Strategy discussion");
    assertThat(value(discussion, "What was known")).contains("two older males");
    assertThat(value(discussion, "Decision")).isEqualTo("INITIAL_CHILD_PROTECTION_CONFERENCE");
    assertThat(value(discussion, "Action 1")).isEqualTo("Visit the child at home");
    assertThat(values(discussion, "Invited")).hasSize(3).containsOnly(SubjectAccessExport.REDACTED);
    assertThat(values(discussion, "Took part")).containsOnly("yes");
    assertThat(value(kind(strategy, "Child protection conference"), "Notes"))
        .isEqualTo("The conference agreed a plan.");
    assertThat(value(kind(strategy, "Child protection plan"), "Category")).isEqualTo("SEXUAL");
    assertThat(
            value(kind(strategy, "Risk-management meeting"), "Another child the meeting was about"))
        .isEqualTo(SubjectAccessExport.REDACTED);
    assertThat(kind(strategy, "Risk-management meeting").id()).isEqualTo(together.toString());
    String all = strategy.toString();
    assertThat(all)
        .doesNotContain(s.police.displayName())
        .doesNotContain(s.worker.displayName())
        .doesNotContain(sibling.givenName());

    String kept =
        subjectAccess.export(officer, child.id(), true, "JSON").records().stream()
            .filter(r -> r.module().equals("strategy"))
            .toList()
            .toString();
    assertThat(kept)
        .contains(s.police.displayName())
        .contains(s.worker.displayName())
        .contains(sibling.givenName());
  }

  private static SubjectRecord kind(List<SubjectRecord> records, String kind) {
    return records.stream().filter(r -> r.kind().equals(kind)).findFirst().orElseThrow();
  }

  private static List<String> values(SubjectRecord record, String label) {
    return record.fields().stream().filter(f -> f.label().equals(label)).map(Field::value).toList();
  }

  private static String value(SubjectRecord record, String label) {
    return record.fields().stream()
        .filter(f -> f.label().equals(label))
        .map(Field::value)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no field " + label + " in " + record));
  }
}
