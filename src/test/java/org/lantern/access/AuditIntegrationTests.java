package org.lantern.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lantern.access.AuditEntry.Outcome;
import org.lantern.people.ChildSummary;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.MutableClock;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class AuditIntegrationTests {

  @Autowired Fixtures fixtures;
  @Autowired AccessPolicy policy;
  @Autowired AuditLog audit;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transaction;
  @Autowired MutableClock clock;

  TestPartnership p;
  ChildSummary child;

  @BeforeEach
  void setUp() {
    clock.reset();
    clock.set(clock.instant().truncatedTo(ChronoUnit.SECONDS));
    p = fixtures.partnership();
    child = fixtures.child(p);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "update audit_event set purpose = 'tidied up' where child_id = ?",
        "update audit_event set outcome = 'ALLOWED' where child_id = ?",
        "delete from audit_event where child_id = ?"
      })
  void theDatabaseRefusesToChangeOrDeleteAnAuditRow(String sql) {
    viewAs(p.user(Role.FRONT_DOOR));
    List<AuditEntry> before = audit.forChild(child.id());
    assertThat(before).isNotEmpty();

    assertThatThrownBy(() -> jdbc.update(sql, child.id()))
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("append-only");

    assertThat(audit.forChild(child.id())).isEqualTo(before);
  }

  @Test
  void theDatabaseRefusesToEmptyTheAuditTable() {
    List<AuditEntry> before = audit.forChild(child.id());

    // In a transaction that is rolled back whatever happens: should TRUNCATE get through, the
    // shared test database keeps its audit rows.
    assertThatThrownBy(
            () ->
                transaction.executeWithoutResult(
                    tx -> {
                      tx.setRollbackOnly();
                      jdbc.execute("truncate table audit_event");
                    }))
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("append-only");

    assertThat(audit.forChild(child.id())).isEqualTo(before);
  }

  @Test
  void anAllowedActionIsAuditedOnlyIfItsWorkCommits() {
    CurrentUser frontDoor = p.user(Role.FRONT_DOOR);

    assertThatThrownBy(
            () ->
                transaction.executeWithoutResult(
                    tx -> {
                      require(frontDoor, "work that fails");
                      throw new IllegalStateException("the work failed");
                    }))
        .hasMessage("the work failed");
    transaction.executeWithoutResult(tx -> require(frontDoor, "work that succeeds"));

    assertThat(viewsOf(frontDoor))
        .extracting(AuditEntry::purpose, AuditEntry::outcome)
        .containsExactly(tuple("work that succeeds", Outcome.ALLOWED));
  }

  @Test
  void aRefusalIsAuditedEvenThoughTheWorkRollsBack() {
    CurrentUser councillor = p.user(Role.COUNCILLOR);

    assertThatThrownBy(
            () -> transaction.executeWithoutResult(tx -> require(councillor, "curious councillor")))
        .isInstanceOf(AccessRefusedException.class);

    assertThat(viewsOf(councillor))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.outcome()).isEqualTo(Outcome.REFUSED);
              assertThat(e.purpose()).isEqualTo("curious councillor");
              assertThat(e.basis()).isEqualTo("ROLE_NOT_PERMITTED");
              assertThat(e.username()).isEqualTo(councillor.username());
              assertThat(e.agencyName()).isEqualTo(councillor.agencyName());
              assertThat(e.occurredAt()).isEqualTo(clock.instant());
            });
  }

  @Test
  void anAllowedActionCannotBeAuditedOutsideTheTransactionOfItsWork() {
    CurrentUser frontDoor = p.user(Role.FRONT_DOOR);

    assertThatThrownBy(() -> require(frontDoor, "no transaction"))
        .isInstanceOf(IllegalTransactionStateException.class);

    assertThat(viewsOf(frontDoor)).isEmpty();
  }

  private void viewAs(CurrentUser user) {
    transaction.executeWithoutResult(tx -> require(user, "look"));
  }

  private void require(CurrentUser user, String purpose) {
    policy.require(
        user, Permission.VIEW_CHILD_RECORD, child.ref(), RecordRef.child(child.id()), purpose);
  }

  private List<AuditEntry> viewsOf(CurrentUser user) {
    return audit.forChild(child.id()).stream()
        .filter(e -> e.action() == AuditAction.VIEW_CHILD_RECORD)
        .filter(e -> user.id().equals(e.userId()))
        .toList();
  }
}
