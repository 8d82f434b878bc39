package org.lantern.people.personindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.access.CurrentUser;
import org.lantern.access.Role;
import org.lantern.governance.GovernanceRuleBroken;
import org.lantern.governance.RecordKind;
import org.lantern.governance.RetentionReviews;
import org.lantern.governance.RetentionRules;
import org.lantern.people.PersonIndex;
import org.lantern.people.PersonLinkQueue;
import org.lantern.people.PersonLinking;
import org.lantern.people.PersonRecordInput;
import org.lantern.people.data.PersonRecordRows;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.MutableClock;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Person-index records a reviewer rejected, under retention on PostgreSQL: a record decided not to
 * be the person it was proposed to be, and linked to no one, is listed twelve months after the
 * rejection; the officer's confirmation removes every detail the partner sent (the row, its source
 * id and the rejected pair stay, so the pair is never proposed again), with a tombstone and the
 * audit of it. A record linked to someone since it was listed is kept.
 */
@IntegrationTest
class RejectedRecordRetentionIntegrationTests {

  private static final String NHS = "9434765919";
  private static final String MISTYPED_NHS = "9434765918";

  @Autowired Fixtures fixtures;
  @Autowired PersonIndex index;
  @Autowired PersonLinking linking;
  @Autowired PersonLinkQueue linkQueue;
  @Autowired PersonRecordRows rows;
  @Autowired RetentionRules rules;
  @Autowired RetentionReviews reviews;
  @Autowired MutableClock clock;
  @Autowired JdbcClient jdbc;

  private TestPartnership p;
  private CurrentUser officer;

  @BeforeEach
  void setUp() {
    p = fixtures.partnership();
    officer = p.user(Role.INFORMATION_GOVERNANCE);
    rules.set(officer, RecordKind.AUDIT_LOG, RetentionRules.MAX_MONTHS);
    clock.set(Instant.parse("2026-01-10T10:00:00Z"));
    // twins alike in everything but the given name: proposed for review, and rejected
    importAs("POLICE", record("P1", "Amelia", "Quennell", "2012-03-04", NHS));
    importAs("SCHOOL", record("S1", "Olivia", "Quennell", "2012-03-04", MISTYPED_NHS));
    // and a pair linked by its NHS number: never listed
    importAs("POLICE", record("P2", "Bobby", "Jones", "2012-05-06", "4010232137"));
    importAs("SCHOOL", record("S2", "Robert", "Jones", "2012-05-06", "4010232137"));
    PersonLinkQueue.Waiting pair =
        linkQueue
            .page(p.user(Role.FRONT_DOOR), PersonLinkQueue.Query.all())
            .pairs()
            .rows()
            .getFirst();
    linking.decide(
        p.user(Role.FRONT_DOOR),
        pair.link().id(),
        pair.link().version(),
        PersonLinking.Decision.REJECT);
    clock.reset();
  }

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void aRejectedRecordIsListedAYearOnAndWhatThePartnerSentIsRemovedWhenConfirmed() {
    assertThat(rules.rules(officer))
        .anySatisfy(
            r -> {
              assertThat(r.kind()).isEqualTo(RecordKind.REJECTED_PERSON_RECORD);
              assertThat(r.months()).isEqualTo(12);
            });
    var olivia = stored("SCHOOL", "S1");
    assertThat(rows.setAside(olivia.id())).isNotEmpty();

    assertThat(reviews.listDue(p.id(), LocalDate.of(2027, 1, 9))).isZero();
    assertThat(reviews.listDue(p.id(), LocalDate.of(2027, 1, 10))).isEqualTo(2);
    List<RetentionReviews.Waiting> waiting = reviews.waiting(officer);
    assertThat(waiting)
        .extracting(RetentionReviews.Waiting::recordId)
        .containsExactlyInAnyOrder(stored("POLICE", "P1").id().toString(), olivia.id().toString());
    assertThat(waiting).allSatisfy(w -> assertThat(w.childId()).isNull());

    reviews.confirmDeletion(officer, reviewOf(waiting, olivia.id().toString()));

    Map<String, Object> erased =
        jdbc.sql(
                "select source_id, given_name, family_name, date_of_birth, nhs_number"
                    + " from person_record where id = ?")
            .param(olivia.id())
            .query()
            .singleRow();
    assertThat(erased).containsEntry("source_id", "S1");
    assertThat(erased.get("given_name")).isNull();
    assertThat(erased.get("family_name")).isNull();
    assertThat(erased.get("date_of_birth")).isNull();
    assertThat(rows.setAside(olivia.id())).isEmpty();
    assertThat(rows.linksOf(olivia.id()))
        .singleElement()
        .satisfies(l -> assertThat(l.status()).isEqualTo("REJECTED"));
    assertThat(reviews.tombstones(officer))
        .singleElement()
        .satisfies(t -> assertThat(t.kind()).isEqualTo(RecordKind.REJECTED_PERSON_RECORD));
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_event where action = 'RECORD_ERASED'"
                        + " and record_type = 'REJECTED_PERSON_RECORD' and record_id = ?")
                .param(olivia.id().toString())
                .query(Long.class)
                .single())
        .isOne();
    // the index goes on linking around the erased record
    importAs("HEALTH", record("H1", "Bobby", "Jones", "2012-05-06", "4010232137"));
    assertThat(stored("HEALTH", "H1").personId()).isEqualTo(stored("POLICE", "P2").personId());
    assertThat(stored("SCHOOL", "S1").personId()).isEqualTo(olivia.id());
  }

  @Test
  void aRecordLinkedToSomeoneSinceItWasListedIsKept() {
    reviews.listDue(p.id(), LocalDate.of(2027, 1, 10));
    var amelia = stored("POLICE", "P1");
    importAs("HEALTH", record("H1", "Amelia", "Quennell", "2012-03-04", NHS));
    // joined by the NHS number (whichever record's person id the two now share)
    assertThat(stored("HEALTH", "H1").personId()).isEqualTo(stored("POLICE", "P1").personId());

    assertThatThrownBy(
            () ->
                reviews.confirmDeletion(
                    officer, reviewOf(reviews.waiting(officer), amelia.id().toString())))
        .isInstanceOfSatisfying(
            GovernanceRuleBroken.class,
            e -> assertThat(e.messageKey()).isEqualTo("governance.review.personRecordLinked"));
    assertThat(stored("POLICE", "P1").record().givenName()).isEqualTo("Amelia");
    assertThat(reviews.tombstones(officer)).isEmpty();
  }

  private UUID reviewOf(List<RetentionReviews.Waiting> waiting, String recordId) {
    return waiting.stream()
        .filter(w -> w.recordId().equals(recordId))
        .findFirst()
        .orElseThrow()
        .id();
  }

  private PersonRecordRows.Stored stored(String source, String sourceId) {
    return rows.bySource(p.id(), source + "-" + p.suffix(), sourceId).orElseThrow();
  }

  private void importAs(String source, PersonRecordInput... records) {
    CurrentUser admin = p.user(Role.PARTNERSHIP_ADMIN);
    String name = source + "-" + p.suffix();
    CurrentUser system =
        new CurrentUser(
            admin.id(),
            admin.username(),
            name,
            Role.PARTNER_SYSTEM,
            admin.agencyId(),
            admin.agencyName(),
            admin.partnershipId(),
            null);
    index.importRecords(system, name, List.of(records));
  }

  private static PersonRecordInput record(
      String id, String given, String family, String born, @Nullable String nhs) {
    return PersonRecordInput.builder()
        .sourceId(id)
        .givenName(given)
        .familyName(family)
        .previousNames(List.of())
        .dateOfBirth(born)
        .nhsNumber(nhs)
        .build();
  }
}
