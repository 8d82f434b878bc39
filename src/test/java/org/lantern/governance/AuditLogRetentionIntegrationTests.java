package org.lantern.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditErasure;
import org.lantern.access.AuditLog;
import org.lantern.access.CurrentUser;
import org.lantern.access.RecordRef;
import org.lantern.access.Role;
import org.lantern.people.ChildSummary;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.MutableClock;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit log under retention on PostgreSQL: a month is listed six years after it ends; the
 * officer's confirmation erases its rows except those about a child whose record is still held and
 * those recording an erasure, with a tombstone and the audit of it; the database refuses a month
 * not yet due, and any other delete.
 */
@IntegrationTest
class AuditLogRetentionIntegrationTests {

  private static final Instant MARCH_2018 = Instant.parse("2018-03-15T10:00:00Z");
  private static final Instant MARCH_1910 = Instant.parse("1910-03-15T10:00:00Z");

  @Autowired Fixtures fixtures;
  @Autowired RetentionRules rules;
  @Autowired RetentionReviews reviews;
  @Autowired AuditErasure erasure;
  @Autowired MutableClock clock;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transaction;
  @Autowired AuditLog audit;

  private TestPartnership p;
  private CurrentUser officer;
  private ChildSummary child;

  @BeforeEach
  void setUp() {
    p = fixtures.partnership();
    officer = p.user(Role.INFORMATION_GOVERNANCE);
    clock.set(MARCH_2018);
    // in March 2018: a child's record is opened and added to (rows about the child) and the officer
    // changes a rule (a row about no child)
    child = fixtures.child(p, "Keira", "Holloway", LocalDate.of(2011, 3, 4));
    fixtures.concern(p.user(Role.PRACTITIONER), child);
    rules.set(officer, RecordKind.CONCERN_NO_FURTHER_ACTION, 400);
    clock.reset();
  }

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void aMonthIsListedSixYearsOnAndErasedButForTheRowsOfRecordsStillHeld() {
    assertThat(rules.rules(officer))
        .contains(
            new RetentionRules.Rule(RecordKind.AUDIT_LOG, RetentionAnchor.RECORD_MADE, 72, true));
    long aboutTheChild = march2018Rows("child_id is not null");
    assertThat(aboutTheChild).isPositive();
    assertThat(march2018Rows("child_id is null")).isPositive();

    assertThat(reviews.listDue(p.id(), LocalDate.of(2024, 3, 31))).isZero();
    assertThat(reviews.listDue(p.id(), LocalDate.of(2024, 4, 1))).isEqualTo(1);
    RetentionReviews.Waiting waiting = reviews.waiting(officer).getFirst();
    assertThat(waiting.kind()).isEqualTo(RecordKind.AUDIT_LOG);
    assertThat(waiting.recordId()).isEqualTo("2018-03");
    assertThat(waiting.dueOn()).isEqualTo(LocalDate.of(2024, 4, 1));
    assertThat(waiting.childId()).isNull();

    reviews.confirmDeletion(officer, waiting.id());

    assertThat(march2018Rows("child_id is null")).isZero();
    assertThat(march2018Rows("child_id is not null"))
        .as("the audit of access to a child's record is kept while the record is")
        .isEqualTo(aboutTheChild);
    assertThat(reviews.tombstones(officer))
        .singleElement()
        .satisfies(t -> assertThat(t.recordId()).isEqualTo("2018-03"));
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_event where action = 'RECORD_ERASED'"
                        + " and record_type = 'AUDIT_LOG' and record_id = '2018-03'"
                        + " and user_id = ?")
                .param(officer.id())
                .query(Long.class)
                .single())
        .isOne();
    assertThat(reviews.listDue(p.id(), LocalDate.of(2030, 1, 1)))
        .as("an erased month is not listed again, nor a month of rows about children only")
        .isZero();
  }

  @Test
  void theDatabaseRefusesAMonthNotYetDueAndEveryOtherDelete() {
    YearMonth thisMonth = YearMonth.from(LocalDate.now(clock));
    assertThatThrownBy(
            () -> transaction.executeWithoutResult(tx -> erasure.erase(p.id(), thisMonth)))
        .hasMessageContaining("has not reached the end of its retention");
    assertThatThrownBy(
            () ->
                jdbc.sql("delete from audit_event where partnership_id = ?").param(p.id()).update())
        .hasMessageContaining("append-only");
    assertThatThrownBy(
            () ->
                jdbc.sql("update audit_event set purpose = 'x' where partnership_id = ?")
                    .param(p.id())
                    .update())
        .hasMessageContaining("append-only");
    assertThat(march2018Rows("child_id is null")).isPositive();
  }

  @Test
  void aMonthListedBeforeItsRuleWasLengthenedIsKeptWhenConfirmed() {
    reviews.listDue(p.id(), LocalDate.now(clock));
    RetentionReviews.Waiting waiting = reviews.waiting(officer).getFirst();
    rules.set(officer, RecordKind.AUDIT_LOG, 1200);

    assertThatThrownBy(() -> reviews.confirmDeletion(officer, waiting.id()))
        .isInstanceOfSatisfying(
            GovernanceRuleBroken.class,
            e -> assertThat(e.messageKey()).isEqualTo("governance.review.notYetDue"));
    assertThat(march2018Rows("child_id is null")).isPositive();
    assertThat(reviews.tombstones(officer)).isEmpty();
  }

  @Test
  void aLongerRuleIsEnforcedByTheDatabaseToo() {
    rules.set(officer, RecordKind.AUDIT_LOG, 1200);
    assertThat(reviews.listDue(p.id(), LocalDate.now(clock))).isZero();
    assertThatThrownBy(
            () ->
                transaction.executeWithoutResult(
                    tx -> erasure.erase(p.id(), YearMonth.of(2018, 3))))
        .hasMessageContaining("has not reached the end of its retention");
  }

  @Test
  void rowsOfNoPartnershipGoWithAMonthOnceTheLongestOfThePartnershipsPeriodsHasPassed() {
    // another partnership keeps its audit log as long as any may (100 years); this one 6 years
    TestPartnership keepsLongest = fixtures.partnership();
    rules.set(
        keepsLongest.user(Role.INFORMATION_GOVERNANCE),
        RecordKind.AUDIT_LOG,
        RetentionRules.MAX_MONTHS);
    clock.set(MARCH_2018);
    String in2018 = refusedWithNoPartnership();
    clock.set(MARCH_1910);
    rules.set(officer, RecordKind.CONCERN_NO_FURTHER_ACTION, 401);
    String in1910 = refusedWithNoPartnership();
    clock.reset();

    assertThat(reviews.listDue(p.id(), LocalDate.now(clock))).isEqualTo(2);
    reviews.confirmDeletion(officer, waiting("2018-03").id());
    assertThat(march2018Rows("child_id is null")).isZero();
    assertThat(rowsNamed(in2018))
        .as("not yet: the other partnership's hundred years have not passed since March 2018")
        .isOne();

    reviews.confirmDeletion(officer, waiting("1910-03").id());
    assertThat(rowsNamed(in1910))
        .as("every partnership's period has passed since March 1910: it goes with the month")
        .isZero();
    assertThat(rowsNamed(in2018)).isOne();
  }

  @Test
  void onlyTheOwnerAndTheRolesGrantedItMayRunTheErasure() {
    String acl =
        jdbc.sql("select cast(proacl as text) from pg_proc where proname = 'audit_event_erase'")
            .query(String.class)
            .single();
    // PostgreSQL writes PUBLIC's entry with no name ("=X/owner"); a null list means PUBLIC's too
    assertThat(acl).isNotNull().doesNotContain("{=X").doesNotContain(",=X");

    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String nobody = "lantern_nobody_" + suffix;
    String lantern = "lantern_app_" + suffix;
    jdbc.sql("create role " + nobody + " nologin").update();
    jdbc.sql("create role " + lantern + " nologin").update();
    try {
      jdbc.sql(
              "grant execute on function audit_event_erase(uuid, timestamp with time zone,"
                  + " timestamp with time zone) to "
                  + lantern)
          .update();
      assertThatThrownBy(() -> eraseMarch2018As(nobody))
          .hasStackTraceContaining("permission denied for function audit_event_erase");
      assertThat(march2018Rows("child_id is null")).isPositive();

      assertThat(eraseMarch2018As(lantern))
          .as("the role Lantern runs as, granted execute as docs/operating.md says, still erases")
          .isPositive();
      assertThat(march2018Rows("child_id is null")).isZero();
    } finally {
      jdbc.sql(
              "revoke execute on function audit_event_erase(uuid, timestamp with time zone,"
                  + " timestamp with time zone) from "
                  + lantern)
          .update();
      jdbc.sql("drop role " + nobody).update();
      jdbc.sql("drop role " + lantern).update();
    }
  }

  /** Erases March 2018 of the partnership's log, run as this database role. */
  private long eraseMarch2018As(String role) {
    return Objects.requireNonNull(
        transaction.execute(
            tx -> {
              jdbc.sql("set local role " + role).update();
              return erasure.erase(p.id(), YearMonth.of(2018, 3));
            }));
  }

  /** A single sign-on refused for want of a mapping: an audit row of no partnership. */
  private String refusedWithNoPartnership() {
    String name = "stranger-" + UUID.randomUUID();
    audit.recordStrangerRefusal(
        null,
        name,
        null,
        AuditAction.SIGN_IN_FAILED,
        new RecordRef("USER", null),
        "NO_SINGLE_SIGN_ON_MAPPING",
        "no mapping matches");
    return name;
  }

  private long rowsNamed(String username) {
    return jdbc.sql("select count(*) from audit_event where username = ?")
        .param(username)
        .query(Long.class)
        .single();
  }

  private RetentionReviews.Waiting waiting(String month) {
    return reviews.waiting(officer).stream()
        .filter(w -> w.recordId().equals(month))
        .findFirst()
        .orElseThrow();
  }

  private long march2018Rows(String condition) {
    return jdbc.sql(
            "select count(*) from audit_event where partnership_id = ? and occurred_at >= ?"
                + " and occurred_at < ? and "
                + condition)
        .params(
            p.id(),
            Timestamp.from(Instant.parse("2018-03-01T00:00:00Z")),
            Timestamp.from(Instant.parse("2018-04-01T00:00:00Z")))
        .query(Long.class)
        .single();
  }
}
