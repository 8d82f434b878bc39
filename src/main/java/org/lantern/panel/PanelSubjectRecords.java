package org.lantern.panel;

import static org.lantern.governance.SubjectRecordSource.instant;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lantern.governance.SubjectRecordSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * For a subject access export: each time the child was presented to a panel (the meeting's date,
 * the level then and before, what was discussed and decided), the actions agreed for the child, and
 * partners' referrals of the child to a panel. Action owners and referrers are other people.
 */
@Component
class PanelSubjectRecords implements SubjectRecordSource {

  private final JdbcTemplate jdbc;

  PanelSubjectRecords(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<SubjectRecord> recordsAbout(UUID partnershipId, UUID childId) {
    List<SubjectRecord> records = new ArrayList<>();
    for (Map<String, Object> p :
        jdbc.queryForList(
            "select p.id, p.created_at, m.meeting_on, m.status, p.level, p.previous_level,"
                + " p.discussion, p.decision from panel_presentation p"
                + " join panel_meeting m on m.id = p.meeting_id"
                + " where m.partnership_id = ? and p.child_id = ? order by m.meeting_on",
            partnershipId,
            childId)) {
      records.add(
          new SubjectRecord(
              "panel",
              "Presented to a panel",
              String.valueOf(p.get("id")),
              instant(p.get("created_at")),
              List.of(
                  Field.of("Meeting", p.get("meeting_on")),
                  Field.of("Meeting's status", p.get("status")),
                  Field.of("Level", p.get("level")),
                  Field.of("Level before", p.get("previous_level")),
                  Field.of("Discussion", p.get("discussion")),
                  Field.of("Decision", p.get("decision")))));
    }
    for (Map<String, Object> a :
        jdbc.queryForList(
            "select a.id, a.created_at, a.description, a.owner_name, a.due_on, a.status,"
                + " a.status_changed_at from panel_action a"
                + " join panel_meeting m on m.id = a.meeting_id"
                + " where m.partnership_id = ? and a.child_id = ? order by a.created_at",
            partnershipId,
            childId)) {
      records.add(
          new SubjectRecord(
              "panel",
              "Panel action",
              String.valueOf(a.get("id")),
              instant(a.get("created_at")),
              List.of(
                  Field.of("Action", a.get("description")),
                  Field.otherPerson("Owner", a.get("owner_name")),
                  Field.of("Due", a.get("due_on")),
                  Field.of("Status", a.get("status")),
                  Field.of("Status changed", instant(a.get("status_changed_at"))))));
    }
    for (Map<String, Object> r :
        jdbc.queryForList(
            "select id, recorded_at, referrer_name, reason, partner_level from panel_referral"
                + " where partnership_id = ? and child_id = ? order by recorded_at",
            partnershipId,
            childId)) {
      records.add(
          new SubjectRecord(
              "panel",
              "Referral to a panel",
              String.valueOf(r.get("id")),
              instant(r.get("recorded_at")),
              List.of(
                  Field.otherPerson("Referred by", r.get("referrer_name")),
                  Field.of("Reason", r.get("reason")),
                  Field.of("Level the partner gave", r.get("partner_level")))));
    }
    return records;
  }
}
