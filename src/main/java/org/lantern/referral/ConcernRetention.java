package org.lantern.referral;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lantern.governance.RecordKind;
import org.lantern.governance.RetainedRecords;
import org.lantern.governance.RetentionAnchor;
import org.lantern.people.ChildSummary;
import org.lantern.people.Children;
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
  private final Children children;

  ConcernRetention(JdbcTemplate jdbc, Children children) {
    this.jdbc = jdbc;
    this.children = children;
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

  @Override
  public List<Due> dueBy(UUID partnershipId, int months, LocalDate day) {
    List<Map.Entry<UUID, UUID>> concerns =
        jdbc.query(
            "select id, child_id from concern where partnership_id = ? and decision = ?",
            (rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)),
            partnershipId,
            ThresholdDecision.NO_FURTHER_ACTION.name());
    if (concerns.isEmpty()) {
      return List.of();
    }
    Map<UUID, ChildSummary> summaries =
        children.summaries(concerns.stream().map(Map.Entry::getValue).distinct().toList());
    return concerns.stream()
        .filter(c -> summaries.containsKey(c.getValue()))
        .filter(c -> summaries.get(c.getValue()).dateOfBirth() != null)
        .map(
            c ->
                new Due(
                    c.getKey().toString(),
                    c.getValue(),
                    summaries.get(c.getValue()).dateOfBirth().plusMonths(months)))
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
