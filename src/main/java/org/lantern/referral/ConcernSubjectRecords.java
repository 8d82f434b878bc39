package org.lantern.referral;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.lantern.governance.SubjectRecordSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * For a subject access export: every concern about the child, all it says; the referrer's name and
 * contact are another person's.
 */
@Component
class ConcernSubjectRecords implements SubjectRecordSource {

  private final JdbcTemplate jdbc;

  ConcernSubjectRecords(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<SubjectRecord> recordsAbout(UUID partnershipId, UUID childId) {
    return jdbc.query(
        "select id, reference, channel, submitted_at, referrer_name, referrer_contact,"
            + " referrer_relationship, referrer_agency_name, what_happened, occurred_on, location,"
            + " written_account, status, decision, decision_reasons, decided_at"
            + " from concern where partnership_id = ? and child_id = ? order by submitted_at",
        (rs, n) -> concern(rs),
        partnershipId,
        childId);
  }

  private static SubjectRecord concern(ResultSet rs) throws SQLException {
    return new SubjectRecord(
        "referral",
        "Concern",
        rs.getString("reference"),
        rs.getTimestamp("submitted_at").toInstant(),
        List.of(
            Field.of("Reference", rs.getString("reference")),
            Field.of("How it came", rs.getString("channel")),
            Field.otherPerson("Referrer", rs.getString("referrer_name")),
            Field.otherPerson("Referrer's contact", rs.getString("referrer_contact")),
            Field.of("Referrer's relationship", rs.getString("referrer_relationship")),
            Field.of("Referrer's agency", rs.getString("referrer_agency_name")),
            Field.of("What happened", rs.getString("what_happened")),
            Field.of("When", rs.getObject("occurred_on")),
            Field.of("Where", rs.getString("location")),
            Field.of("Written account", rs.getString("written_account")),
            Field.of("Status", rs.getString("status")),
            Field.of("Decision", rs.getString("decision")),
            Field.of("Reasons for the decision", rs.getString("decision_reasons")),
            Field.of(
                "Decided at",
                rs.getTimestamp("decided_at") == null
                    ? null
                    : rs.getTimestamp("decided_at").toInstant())));
  }
}
