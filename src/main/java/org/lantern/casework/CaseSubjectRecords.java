package org.lantern.casework;

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
 * For a subject access export: the council's case for the child (the front door's decision that
 * opened it, allocation, transfers, closure with its reason, each event in its history) and the
 * professional network around the child. Workers and network members are other people.
 */
@Component
class CaseSubjectRecords implements SubjectRecordSource {

  private final JdbcTemplate jdbc;
  private final Directory directory;

  CaseSubjectRecords(JdbcTemplate jdbc, Directory directory) {
    this.jdbc = jdbc;
    this.directory = directory;
  }

  @Override
  public List<SubjectRecord> recordsAbout(UUID partnershipId, UUID childId) {
    List<Map<String, Object>> cases =
        jdbc.queryForList(
            "select id, decision, decision_reasons, status, worker_user_id, routed_at,"
                + " allocated_at, council_reference, other_authority, closed_at, close_reason,"
                + " reopened_at from child_case where partnership_id = ? and child_id = ?"
                + " order by routed_at",
            partnershipId,
            childId);
    List<Map<String, Object>> events =
        jdbc.queryForList(
            "select e.id, e.happened_at, e.kind, e.by_user_id, e.agency_name, e.detail"
                + " from case_event e join child_case c on c.id = e.case_id"
                + " where c.partnership_id = ? and e.child_id = ? order by e.happened_at",
            partnershipId,
            childId);
    List<Map<String, Object>> network =
        jdbc.queryForList(
            "select id, added_at, network_role, user_id, contact_name, agency_name, phone, email,"
                + " ended_at from network_member where partnership_id = ? and child_id = ?"
                + " order by added_at",
            partnershipId,
            childId);
    Set<UUID> staff = new HashSet<>(SubjectRecordSource.ids(cases, "worker_user_id"));
    staff.addAll(SubjectRecordSource.ids(events, "by_user_id"));
    staff.addAll(SubjectRecordSource.ids(network, "user_id"));
    Map<UUID, UserView> names = directory.users(staff);
    List<SubjectRecord> records = new ArrayList<>();
    for (Map<String, Object> c : cases) {
      records.add(
          new SubjectRecord(
              "casework",
              "Council case",
              String.valueOf(c.get("id")),
              instant(c.get("routed_at")),
              List.of(
                  Field.of("Front door's decision", c.get("decision")),
                  Field.of("Reasons", c.get("decision_reasons")),
                  Field.of("Status", c.get("status")),
                  Field.otherPerson("Allocated worker", staffName(names, c.get("worker_user_id"))),
                  Field.of("Allocated", instant(c.get("allocated_at"))),
                  Field.of("Council's case reference", c.get("council_reference")),
                  Field.of("Other authority", c.get("other_authority")),
                  Field.of("Closed", instant(c.get("closed_at"))),
                  Field.of("Reason closed", c.get("close_reason")),
                  Field.of("Reopened", instant(c.get("reopened_at"))))));
    }
    for (Map<String, Object> e : events) {
      records.add(
          new SubjectRecord(
              "casework",
              "Event on the case",
              String.valueOf(e.get("id")),
              instant(e.get("happened_at")),
              List.of(
                  Field.of("What", e.get("kind")),
                  Field.otherPerson("By", staffName(names, e.get("by_user_id"))),
                  Field.of("Agency", e.get("agency_name")),
                  Field.of("Detail", e.get("detail")))));
    }
    for (Map<String, Object> m : network) {
      Object name =
          m.get("contact_name") != null
              ? m.get("contact_name")
              : staffName(names, m.get("user_id"));
      records.add(
          new SubjectRecord(
              "casework",
              "Member of the professional network",
              String.valueOf(m.get("id")),
              instant(m.get("added_at")),
              List.of(
                  Field.of("Role", m.get("network_role")),
                  Field.otherPerson("Name", name),
                  Field.of("Agency", m.get("agency_name")),
                  Field.otherPerson("Phone", m.get("phone")),
                  Field.otherPerson("Email", m.get("email")),
                  Field.of("Ended", instant(m.get("ended_at"))))));
    }
    return records;
  }
}
