package org.lantern.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.access.AccessDeniedForRole;
import org.lantern.access.CurrentUser;
import org.lantern.access.Role;
import org.lantern.people.ChildSummary;
import org.lantern.platform.RecordNotFoundException;
import org.lantern.referral.FrontDoor;
import org.lantern.referral.ThresholdDecision;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.Pages;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Retention on PostgreSQL: rules as data (a period of zero refused), the listing of what reached
 * its date (once, however often it runs; the daily job once a day across copies), review → deletion
 * → tombstone with its audit, and a legal hold stopping deletion.
 */
@IntegrationTest
class RetentionIntegrationTests {

  private static final RecordKind KIND = RecordKind.CONCERN_NO_FURTHER_ACTION;
  private static final RetentionAnchor BIRTH = RetentionAnchor.CHILD_DATE_OF_BIRTH;

  @Autowired Fixtures fixtures;
  @Autowired FrontDoor frontDoor;
  @Autowired RetentionRules rules;
  @Autowired RetentionReviews reviews;
  @Autowired RetentionJob job;
  @Autowired LegalHolds holds;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;
  @Autowired UserDetailsService users;

  private TestPartnership p;
  private CurrentUser officer;
  private ChildSummary child;
  private UUID concern;

  @BeforeEach
  void setUp() {
    p = fixtures.partnership();
    officer = p.user(Role.INFORMATION_GOVERNANCE);
    // these tests are about concerns: the audit log they write is kept out of their listings
    rules.set(officer, RecordKind.AUDIT_LOG, RetentionRules.MAX_MONTHS);
    // born in 2011: a concern with no further action is kept until 2036 by default
    child = fixtures.child(p, "Keira", "Holloway", LocalDate.of(2011, 3, 4));
    concern = fixtures.concern(p.user(Role.PRACTITIONER), child);
    CurrentUser frontDoorWorker = p.user(Role.FRONT_DOOR);
    frontDoor.decide(
        frontDoorWorker,
        concern,
        frontDoor.open(frontDoorWorker, concern).concern().version(),
        ThresholdDecision.NO_FURTHER_ACTION,
        "Seen by the school nurse; no exploitation indicators.",
        null);
  }

  @Test
  void aRuleIsDataPerKindAndAPeriodOfZeroIsRefused() {
    assertThat(rules.rules(officer)).contains(new RetentionRules.Rule(KIND, BIRTH, 300, true));

    rules.set(officer, KIND, 120);

    assertThat(rules.rules(officer)).contains(new RetentionRules.Rule(KIND, BIRTH, 120, false));
    assertThat(auditPurposes("RETENTION_RULE_SET"))
        .containsExactly(
            "AUDIT_LOG: 72 months (default) → 1200 months",
            KIND + ": 300 months (default) → 120 months");
    assertThatThrownBy(() -> rules.set(officer, KIND, 0))
        .isInstanceOfSatisfying(
            GovernanceRuleBroken.class,
            e -> assertThat(e.messageKey()).isEqualTo("governance.rule.months.zero"));
    assertThatThrownBy(() -> rules.set(officer, KIND, -3)).isInstanceOf(GovernanceRuleBroken.class);
    assertThatThrownBy(() -> rules.set(p.user(Role.PARTNERSHIP_ADMIN), KIND, 12))
        .isInstanceOf(AccessDeniedForRole.class);
    assertThat(rules.rules(officer)).contains(new RetentionRules.Rule(KIND, BIRTH, 120, false));
  }

  @Test
  void thePageRefusesAPeriodOfZeroByTheField() throws Exception {
    MvcResult page =
        mvc.perform(
                post("/governance/retention/rules/CONCERN_NO_FURTHER_ACTION")
                    .with(Pages.signedInAs(users, officer.username()))
                    .with(csrf())
                    .param("months", "0"))
            .andReturn();

    assertThat(page.getResponse().getStatus()).isEqualTo(200);
    assertThat(Pages.html(page).select(".govuk-error-summary a").eachText())
        .containsExactly(
            "Enter a period of at least 1 month: a period of zero would delete records the day"
                + " they are made");
    assertThat(rules.rules(officer)).contains(new RetentionRules.Rule(KIND, BIRTH, 300, true));
  }

  @Test
  void nothingIsListedBeforeItsDateAndEachRecordOnceAfter() {
    assertThat(reviews.listDue(p.id(), LocalDate.of(2036, 3, 3))).isZero();

    assertThat(reviews.listDue(p.id(), LocalDate.of(2036, 3, 4))).isEqualTo(1);
    assertThat(reviews.listDue(p.id(), LocalDate.of(2036, 3, 5))).isZero();

    List<RetentionReviews.Waiting> waiting = reviews.waiting(officer);
    assertThat(waiting)
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.recordId()).isEqualTo(concern.toString());
              assertThat(w.childName()).contains("Keira");
              assertThat(w.dueOn()).isEqualTo(LocalDate.of(2036, 3, 4));
              assertThat(w.held()).isFalse();
            });
  }

  @Test
  void reviewThenDeletionRemovesThePersonalDataKeepsATombstoneAndAuditsIt() {
    rules.set(officer, KIND, 12);
    reviews.listDue(p.id(), LocalDate.of(2012, 3, 4));
    UUID review = reviews.waiting(officer).getFirst().id();
    assertThat(concernRow()).containsEntry("reference_kept", true);
    assertThat((String) concernRow().get("what_happened")).isNotBlank();

    reviews.confirmDeletion(officer, review);

    Map<String, Object> erased = concernRow();
    assertThat(erased.get("what_happened")).isEqualTo("");
    assertThat(erased.get("referrer_name")).isEqualTo("");
    assertThat(erased.get("decision_reasons")).isNull();
    assertThat(erased.get("location")).isNull();
    assertThat(erased).containsEntry("reference_kept", true);
    assertThat(
            jdbc.sql("select count(*) from concern_indicator where concern_id = ?")
                .param(concern)
                .query(Long.class)
                .single())
        .isZero();
    assertThat(reviews.tombstones(officer))
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.kind()).isEqualTo(KIND);
              assertThat(t.recordId()).isEqualTo(concern.toString());
              assertThat(t.erasedBy()).isEqualTo(officer.username());
            });
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_event where action = 'RECORD_ERASED'"
                        + " and record_id = ? and child_id = ? and user_id = ?"
                        + " and outcome = 'ALLOWED'")
                .params(concern.toString(), child.id(), officer.id())
                .query(Long.class)
                .single())
        .isEqualTo(1L);
    assertThat(reviews.waiting(officer)).isEmpty();
    assertThat(reviews.listDue(p.id(), LocalDate.of(2040, 1, 1)))
        .as("a deleted record is not listed again")
        .isZero();
  }

  @Test
  void aLegalHoldOnTheChildStopsDeletionUntilItIsLifted() {
    rules.set(officer, KIND, 12);
    reviews.listDue(p.id(), LocalDate.of(2012, 3, 4));
    UUID review = reviews.waiting(officer).getFirst().id();
    UUID hold = holds.place(officer, child.id(), "Subject to the county's serious case review.");

    assertThat(reviews.waiting(officer).getFirst().held()).isTrue();
    assertThatThrownBy(() -> reviews.confirmDeletion(officer, review))
        .isInstanceOfSatisfying(
            GovernanceRuleBroken.class,
            e -> assertThat(e.messageKey()).isEqualTo("governance.review.held"));
    assertThat((String) concernRow().get("what_happened")).isNotBlank();
    assertThat(reviews.tombstones(officer)).isEmpty();

    holds.lift(officer, child.id(), hold, "The review has reported.");
    reviews.confirmDeletion(officer, review);

    assertThat(concernRow().get("what_happened")).isEqualTo("");
    assertThat(
            jdbc.sql(
                    "select action from audit_event where child_id = ? and action like 'LEGAL_HOLD%'"
                        + " order by id")
                .param(child.id())
                .query(String.class)
                .list())
        .containsExactly("LEGAL_HOLD_PLACED", "LEGAL_HOLD_LIFTED");
  }

  @Test
  void aChildOfAnotherPartnershipCannotBeHeld() {
    TestPartnership other = fixtures.partnership();
    assertThatThrownBy(
            () ->
                holds.place(
                    other.user(Role.INFORMATION_GOVERNANCE), child.id(), "Not ours to hold."))
        .isInstanceOf(RecordNotFoundException.class);
  }

  @Test
  void theDailyJobRunsOnceADayHoweverManyCopiesAsk() {
    LocalDate day = LocalDate.of(2090, 1, 1).plusDays(Math.floorMod(p.id().hashCode(), 3000));
    assertThat(job.run(day)).isTrue();
    assertThat(job.run(day)).isFalse();
    assertThat(
            jdbc.sql(
                    "select count(*) from retention_review where partnership_id = ?"
                        + " and record_id = ?")
                .params(p.id(), concern.toString())
                .query(Long.class)
                .single())
        .isEqualTo(1L);
  }

  private Map<String, Object> concernRow() {
    return jdbc.sql(
            "select what_happened, referrer_name, decision_reasons, location,"
                + " (reference is not null and decision = 'NO_FURTHER_ACTION') as reference_kept"
                + " from concern where id = ?")
        .param(concern)
        .query()
        .singleRow();
  }

  private List<String> auditPurposes(String action) {
    return jdbc.sql("select purpose from audit_event where action = ? and user_id = ? order by id")
        .params(action, officer.id())
        .query(String.class)
        .list();
  }
}
