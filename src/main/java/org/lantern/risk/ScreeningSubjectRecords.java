package org.lantern.risk;

import static org.lantern.governance.SubjectRecordSource.instant;
import static org.lantern.governance.SubjectRecordSource.staffName;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.lantern.access.Directory;
import org.lantern.access.UserView;
import org.lantern.governance.SubjectRecordSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * For a subject access export: every risk screening of the child (each answer as given, the child's
 * own words included, the level, the judgement and sign-off) and every referral into the
 * exploitation and missing service. Who screened, signed off, decided or works with the child are
 * other people.
 */
@Component
class ScreeningSubjectRecords implements SubjectRecordSource {

  private final JdbcTemplate jdbc;
  private final Directory directory;

  ScreeningSubjectRecords(JdbcTemplate jdbc, Directory directory) {
    this.jdbc = jdbc;
    this.directory = directory;
  }

  @Override
  public List<SubjectRecord> recordsAbout(UUID partnershipId, UUID childId) {
    List<Map<String, Object>> screenings =
        jdbc.queryForList(
            "select id, status, author_user_id, started_at, submitted_at, score, computed_level,"
                + " judged_level, judgement_reason, risk_level, review_due_on,"
                + " signed_off_by_user_id, signed_off_at, return_comments from screening"
                + " where partnership_id = ? and child_id = ? order by started_at",
            partnershipId,
            childId);
    List<Map<String, Object>> referrals =
        jdbc.queryForList(
            "select id, risk_level, status, referred_at, accepted_by_user_id, accepted_at,"
                + " decided_by_user_id, declined_at, decline_reason, worker_user_id,"
                + " support_type, closed_at, outcome, outcome_note from service_referral"
                + " where partnership_id = ? and child_id = ? order by referred_at",
            partnershipId,
            childId);
    Set<UUID> staff = new HashSet<>();
    staff.addAll(SubjectRecordSource.ids(screenings, "author_user_id", "signed_off_by_user_id"));
    staff.addAll(
        SubjectRecordSource.ids(
            referrals, "accepted_by_user_id", "decided_by_user_id", "worker_user_id"));
    Map<UUID, UserView> names = directory.users(staff);
    List<SubjectRecord> records = new ArrayList<>();
    for (Map<String, Object> s : screenings) {
      UUID id = (UUID) s.get("id");
      List<Field> fields = new ArrayList<>();
      fields.add(Field.of("Status", s.get("status")));
      fields.add(Field.otherPerson("Screened by", staffName(names, s.get("author_user_id"))));
      fields.add(Field.of("Submitted", instant(s.get("submitted_at"))));
      fields.add(Field.of("Score", s.get("score")));
      fields.add(Field.of("Level computed", s.get("computed_level")));
      fields.add(Field.of("Level judged", s.get("judged_level")));
      fields.add(Field.of("Reason for the judgement", s.get("judgement_reason")));
      fields.add(Field.of("Level", s.get("risk_level")));
      fields.add(Field.of("Review due", s.get("review_due_on")));
      fields.add(
          Field.otherPerson("Signed off by", staffName(names, s.get("signed_off_by_user_id"))));
      fields.add(Field.of("Signed off", instant(s.get("signed_off_at"))));
      fields.add(Field.of("Returned with comments", s.get("return_comments")));
      jdbc.query(
          "select item_id, answer from screening_answer where screening_id = ? order by item_id",
          rs -> {
            fields.add(Field.of("Answer to " + rs.getString(1), rs.getString(2)));
          },
          id);
      records.add(
          new SubjectRecord(
              "risk", "Risk screening", id.toString(), instant(s.get("started_at")), fields));
    }
    for (Map<String, Object> r : referrals) {
      records.add(
          new SubjectRecord(
              "risk",
              "Referral to the exploitation and missing service",
              String.valueOf(r.get("id")),
              instant(r.get("referred_at")),
              List.of(
                  Field.of("Level referred at", r.get("risk_level")),
                  Field.of("Status", r.get("status")),
                  Field.otherPerson("Accepted by", staffName(names, r.get("accepted_by_user_id"))),
                  Field.of("Accepted", instant(r.get("accepted_at"))),
                  Field.otherPerson("Decided by", staffName(names, r.get("decided_by_user_id"))),
                  Field.of("Declined", instant(r.get("declined_at"))),
                  Field.of("Reason declined", r.get("decline_reason")),
                  Field.otherPerson("Worker", staffName(names, r.get("worker_user_id"))),
                  Field.of("Support", r.get("support_type")),
                  Field.of("Closed", instant(r.get("closed_at"))),
                  Field.of("Outcome", r.get("outcome")),
                  Field.of("Note on the outcome", r.get("outcome_note")))));
    }
    return records;
  }
}
