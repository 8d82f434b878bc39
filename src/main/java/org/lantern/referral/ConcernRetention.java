package org.lantern.referral;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.lantern.governance.RecordKind;
import org.lantern.governance.RetainedRecords;
import org.lantern.governance.RetentionAnchor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A concern the front door decided needed no further action is kept until the child is 25 (300
 * months from the child's date of birth, by default), then listed for the information governance
 * officer. Deleting it removes what it says and who said it; the row stays as its tombstone
 * (reference, dates, decision), so that counts and the audit still add up.
 */
@Component
class ConcernRetention implements RetainedRecords {

  private final JdbcTemplate jdbc;

  ConcernRetention(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public RecordKind kind() {
    return RecordKind.CONCERN_NO_FURTHER_ACTION;
  }

  @Override
  public RetentionAnchor anchor() {
    return RetentionAnchor.CHILD_DATE_OF_BIRTH;
  }

  @Override
  public int defaultMonths() {
    return 25 * 12;
  }

  /**
   * The candidates come from the database already narrowed to children born early enough, by one
   * query that reads {@code people}'s {@code child} table for the date of birth (as the report SQL
   * does, for the same reason: a partnership's every concern need not be loaded each night). The
   * bound is a few days generous, and the exact date (a month added to the 31st) is decided here.
   */
  @Override
  public List<Due> dueBy(UUID partnershipId, int months, LocalDate day) {
    LocalDate bornBy = day.minusMonths(months).plusDays(3);
    return jdbc
        .query(
            "select c.id, c.child_id, ch.date_of_birth from concern c"
                + " join child ch on ch.id = c.child_id"
                + " where c.partnership_id = ? and c.decision = ?"
                + " and ch.date_of_birth is not null and ch.date_of_birth <= ?",
            (rs, n) ->
                new Due(
                    rs.getObject(1, UUID.class).toString(),
                    rs.getObject(2, UUID.class),
                    rs.getObject(3, LocalDate.class).plusMonths(months)),
            partnershipId,
            ThresholdDecision.NO_FURTHER_ACTION.name(),
            bornBy)
        .stream()
        .filter(d -> !d.dueOn().isAfter(day))
        .toList();
  }

  @Override
  public void erase(UUID partnershipId, String recordId) {
    UUID id = UUID.fromString(recordId);
    jdbc.update("delete from concern_indicator where concern_id = ?", id);
    int erased =
        jdbc.update(
            "update concern set what_happened = '', location = null, referrer_name = '',"
                + " referrer_contact = null, referrer_relationship = null, written_account = null,"
                + " decision_reasons = null, occurred_on = null, payload_hash = null,"
                + " version = version + 1 where id = ? and partnership_id = ?",
            id,
            partnershipId);
    if (erased != 1) {
      throw new IllegalStateException("No concern " + recordId + " to erase");
    }
  }
}
