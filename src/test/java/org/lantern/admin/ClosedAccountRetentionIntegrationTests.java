package org.lantern.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lantern.access.CurrentUser;
import org.lantern.access.Role;
import org.lantern.governance.RecordKind;
import org.lantern.governance.RetentionReviews;
import org.lantern.governance.RetentionRules;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.MutableClock;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A closed account under retention: kept six years from its closing by default, then listed for the
 * information governance officer, whose confirmation removes the person's name and e-mail address
 * (the account, its username and its audit history stay), with a tombstone and the audit of it.
 */
@IntegrationTest
class ClosedAccountRetentionIntegrationTests {

  @Autowired Fixtures fixtures;
  @Autowired AccountAdministration administration;
  @Autowired RetentionRules rules;
  @Autowired RetentionReviews reviews;
  @Autowired MutableClock clock;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void aClosedAccountIsListedSixYearsOnAndItsNameAndEmailAreRemovedWhenConfirmed() {
    // the partnership (and its audit rows) made on the day, whatever another test left the clock
    // at: an audit month of an earlier year would fall due among these dates
    clock.set(Instant.parse("2026-12-07T10:00:00Z"));
    TestPartnership p = fixtures.partnership();
    CurrentUser officer = p.user(Role.INFORMATION_GOVERNANCE);
    CurrentUser leaver = p.user(Role.PANEL_MEMBER);
    administration.close(p.user(Role.PARTNERSHIP_ADMIN), leaver.id());

    assertThat(rules.rules(officer))
        .anySatisfy(
            r -> {
              assertThat(r.kind()).isEqualTo(RecordKind.CLOSED_ACCOUNT);
              assertThat(r.months()).isEqualTo(72);
            });
    assertThat(reviews.listDue(p.id(), LocalDate.of(2032, 12, 6))).isZero();
    assertThat(reviews.listDue(p.id(), LocalDate.of(2032, 12, 7))).isEqualTo(1);
    RetentionReviews.Waiting waiting = reviews.waiting(officer).getFirst();
    assertThat(waiting.kind()).isEqualTo(RecordKind.CLOSED_ACCOUNT);
    assertThat(waiting.recordId()).isEqualTo(leaver.id().toString());
    assertThat(waiting.childId()).isNull();

    reviews.confirmDeletion(officer, waiting.id());

    Map<String, Object> row =
        jdbc.sql("select username, display_name, email, enabled from user_account where id = :id")
            .param("id", leaver.id())
            .query()
            .singleRow();
    assertThat(row)
        .containsEntry("username", leaver.username())
        .containsEntry("display_name", "Erased account")
        .containsEntry("enabled", false);
    assertThat(row.get("email")).isNull();
    assertThat(reviews.tombstones(officer))
        .singleElement()
        .satisfies(t -> assertThat(t.kind()).isEqualTo(RecordKind.CLOSED_ACCOUNT));
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_event where action = 'RECORD_ERASED'"
                        + " and record_id = :id and user_id = :officer")
                .param("id", leaver.id().toString())
                .param("officer", officer.id())
                .query(Long.class)
                .single())
        .isOne();
    reviews.listDue(p.id(), LocalDate.of(2040, 1, 1));
    assertThat(reviews.waiting(officer)).noneMatch(w -> w.kind() == RecordKind.CLOSED_ACCOUNT);
  }

  @Test
  void anOpenAccountIsNeverListed() {
    TestPartnership p = fixtures.partnership();
    reviews.listDue(p.id(), LocalDate.of(2099, 1, 1));
    assertThat(reviews.waiting(p.user(Role.INFORMATION_GOVERNANCE)))
        .noneMatch(w -> w.kind() == RecordKind.CLOSED_ACCOUNT);
  }
}
