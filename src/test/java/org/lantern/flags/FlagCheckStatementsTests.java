package org.lantern.flags;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lantern.access.CurrentUser;
import org.lantern.access.PartnershipStructure;
import org.lantern.access.RelationshipKind;
import org.lantern.access.Relationships;
import org.lantern.access.Role;
import org.lantern.people.ChildSummary;
import org.lantern.people.NhsNumber;
import org.lantern.risk.ScreeningTools;
import org.lantern.risk.Screenings;
import org.lantern.testing.Fixtures;
import org.lantern.testing.TestPartnership;
import org.lantern.testing.TestScreeningTools;
import org.lantern.testing.TestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What one check from unscheduled care asks the database, counted (never timed): the check is the
 * one path every emergency department may call many times a second, so how many statements it runs
 * is pinned here. The child is read once and handed to every module's flag facts, the responsible
 * team and the notice; every module's facts are read in one statement.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import({TestSupport.class, StatementLog.Wiring.class})
class FlagCheckStatementsTests {

  static final String TOOL = TestScreeningTools.simple("count-screening", "Count screening");

  @Autowired Fixtures fixtures;
  @Autowired FlagChecks checks;
  @Autowired StatementLog log;
  @Autowired ScreeningTools tools;
  @Autowired Screenings screenings;
  @Autowired Relationships relationships;
  @Autowired PartnershipStructure structure;
  @Autowired TransactionTemplate transaction;

  @Test
  void aCheckReadsTheChildOnceEveryModulesFactsInOneStatementAndRunsElevenStatements() {
    TestPartnership p = fixtures.partnership();
    tools.publish(p.user(Role.PARTNERSHIP_ADMIN), TOOL, null);
    transaction.executeWithoutResult(
        tx -> structure.contacts(p.councilId(), "01632 960001", "01632 960999"));
    ChildSummary child = fixtures.child(p);
    screen(p, child);
    relationships.link(
        child.id(), p.user(Role.SOCIAL_WORKER).id(), RelationshipKind.ALLOCATED_WORKER);
    relationships.linkTeam(child.id(), p.teamId(), RelationshipKind.ALLOCATED_TEAM);
    CurrentUser clinician = p.user(Role.UNSCHEDULED_CARE_CLINICIAN);
    NhsNumber nhs = NhsNumber.parse(child.nhsNumber());

    // the first check fills what is held for seconds (the partnership's agencies and teams, the
    // checking agency's kind); were the second check later than that, their reads are not counted
    checks.byNhsNumber(clinician, FlagChecks.Channel.FHIR, "Count ED", nhs);
    log.start(Set.of(Thread.currentThread().getName(), "flag-check-commits-"));
    CheckAnswer answer = checks.byNhsNumber(clinician, FlagChecks.Channel.FHIR, "Count ED", nhs);
    List<String> statements = log.stop();

    assertThat(answer.flags()).extracting(Flag::code).contains("MEDIUM_OR_HIGH_RISK");
    assertThat(answer.lastChecks()).hasSize(1);
    System.out.println(
        "statements of one check (" + statements.size() + "):\n" + String.join("\n", statements));
    assertThat(statements.stream().filter(StatementLog::readsChild))
        .as("statements that read the child table")
        .hasSize(1);
    assertThat(
            statements.stream()
                .filter(
                    s ->
                        s.contains("from screening")
                            || s.contains("from concern")
                            || s.contains("from panel_presentation")
                            || s.contains("from missing_episode")
                            || s.contains("from child_protection_plan")
                            || s.contains("from abduction_notice")))
        .as("every module's facts, read in one statement")
        .hasSize(1);
    assertThat(statements.stream().filter(s -> !StatementLog.readsHeld(s)))
        .as(
            "statements of one check of a child with a flag, allocated, told: the child, the"
                + " placement, every module's facts, the partner flags, the allocated team, the last"
                + " checks; the audit row, the check row, the holder and the notice")
        .hasSizeLessThanOrEqualTo(11);
  }

  /** A check of a number nobody carries asks no more than one of a child with no flags. */
  @Test
  void anUnknownNumberIsReadInOneStatementAndAudited() {
    TestPartnership p = fixtures.partnership();
    CurrentUser clinician = p.user(Role.UNSCHEDULED_CARE_CLINICIAN);
    NhsNumber nobody = Fixtures.nhsNumber(987_654);
    checks.byNhsNumber(clinician, FlagChecks.Channel.FHIR, "Count ED", nobody);
    log.start(Set.of(Thread.currentThread().getName(), "flag-check-commits-"));
    CheckAnswer answer = checks.byNhsNumber(clinician, FlagChecks.Channel.FHIR, "Count ED", nobody);
    List<String> statements = log.stop();

    assertThat(answer.nothingRecorded()).isTrue();
    System.out.println(
        "statements of one unknown check ("
            + statements.size()
            + "):\n"
            + String.join("\n", statements));
    assertThat(statements.stream().filter(s -> s.toLowerCase().startsWith("insert")))
        .as("the audit row")
        .hasSize(1);
    assertThat(statements.stream().filter(s -> !StatementLog.readsHeld(s)))
        .as("statements of the check of a number nobody carries: the children, the audit row")
        .hasSize(2);
  }

  private void screen(TestPartnership p, ChildSummary child) {
    var worker = p.user(Role.FRONT_DOOR);
    UUID id = screenings.start(worker, child.id(), "count-screening");
    Map<String, String> answers = new HashMap<>();
    answers.put("a", "NO");
    answers.put("b", "NO");
    answers.put("grave", "YES");
    answers.put("voice", "Voice of the child for the count test.");
    screenings.save(worker, id, screenings.open(worker, id).version(), answers);
    screenings.submit(worker, id, screenings.open(worker, id).version(), null, null);
  }
}
