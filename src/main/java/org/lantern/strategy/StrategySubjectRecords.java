package org.lantern.strategy;

import static org.lantern.governance.SubjectRecordSource.instant;
import static org.lantern.governance.SubjectRecordSource.staffName;

import java.sql.Date;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.lantern.access.ChildDirectory;
import org.lantern.access.Directory;
import org.lantern.access.UserView;
import org.lantern.governance.SubjectRecordSource;
import org.lantern.platform.LanternTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * For a subject access export: every strategy discussion and risk-management meeting about the
 * child (what was known, the decision and its reasons, who was invited and took part, the actions),
 * every child protection conference and every plan. The staff who started, recorded, attended or
 * own an action, the lead social worker, and the other children a meeting was about (siblings
 * discussed together) are other people.
 */
@Component
class StrategySubjectRecords implements SubjectRecordSource {

  private final JdbcTemplate jdbc;
  private final Directory directory;
  private final ChildDirectory children;

  StrategySubjectRecords(JdbcTemplate jdbc, Directory directory, ChildDirectory children) {
    this.jdbc = jdbc;
    this.directory = directory;
    this.children = children;
  }

  @Override
  public List<SubjectRecord> recordsAbout(UUID partnershipId, UUID childId) {
    List<Map<String, Object>> meetings =
        jdbc.queryForList(
            "select m.id, m.kind, m.started_at, m.started_by_user_id, m.due_on, m.held_at,"
                + " m.known, m.decision, m.reasons, m.conference_due_on, m.next_review_on,"
                + " m.recorded_by_user_id from strategy_meeting m"
                + " join strategy_meeting_child c on c.meeting_id = m.id"
                + " where m.partnership_id = ? and c.child_id = ? order by m.started_at",
            partnershipId,
            childId);
    List<Map<String, Object>> conferences =
        jdbc.queryForList(
            "select id, kind, held_on, social_worker_user_id, plan, category, notes,"
                + " recorded_by_user_id, recorded_at from child_protection_conference"
                + " where partnership_id = ? and child_id = ? order by held_on, recorded_at",
            partnershipId,
            childId);
    List<Map<String, Object>> plans =
        jdbc.queryForList(
            "select id, category, started_on, ended_on, lead_social_worker_user_id,"
                + " last_conference_on, next_review_on from child_protection_plan"
                + " where partnership_id = ? and child_id = ? order by started_on",
            partnershipId,
            childId);
    Set<UUID> staff =
        new HashSet<>(
            SubjectRecordSource.ids(meetings, "started_by_user_id", "recorded_by_user_id"));
    staff.addAll(
        SubjectRecordSource.ids(conferences, "social_worker_user_id", "recorded_by_user_id"));
    staff.addAll(SubjectRecordSource.ids(plans, "lead_social_worker_user_id"));
    List<SubjectRecord> records = new ArrayList<>();
    for (Map<String, Object> m : meetings) {
      UUID id = (UUID) m.get("id");
      List<Map<String, Object>> people =
          jdbc.queryForList(
              "select user_id, attended from strategy_participant where meeting_id = ?", id);
      List<Map<String, Object>> actions =
          jdbc.queryForList(
              "select description, owner_user_id, due_on, done_on from strategy_action"
                  + " where meeting_id = ? order by position",
              id);
      List<UUID> others =
          jdbc.queryForList(
              "select child_id from strategy_meeting_child where meeting_id = ? and child_id <> ?",
              UUID.class,
              id,
              childId);
      staff.addAll(SubjectRecordSource.ids(people, "user_id"));
      staff.addAll(SubjectRecordSource.ids(actions, "owner_user_id"));
      m.put("people", people);
      m.put("actions", actions);
      m.put("others", others);
    }
    Map<UUID, UserView> names = directory.users(staff);
    for (Map<String, Object> m : meetings) {
      records.add(meeting(m, names));
    }
    for (Map<String, Object> c : conferences) {
      records.add(
          new SubjectRecord(
              "strategy",
              "Child protection conference",
              String.valueOf(c.get("id")),
              instant(c.get("recorded_at")),
              List.of(
                  Field.of("Kind", c.get("kind")),
                  Field.of("Held on", c.get("held_on")),
                  Field.otherPerson(
                      "Lead social worker", staffName(names, c.get("social_worker_user_id"))),
                  Field.of("Plan", Boolean.TRUE.equals(c.get("plan")) ? "yes" : "no"),
                  Field.of("Category", c.get("category")),
                  Field.of("Notes", c.get("notes")),
                  Field.otherPerson("Recorded by", staffName(names, c.get("recorded_by_user_id"))),
                  Field.of("Recorded", instant(c.get("recorded_at"))))));
    }
    for (Map<String, Object> p : plans) {
      records.add(
          new SubjectRecord(
              "strategy",
              "Child protection plan",
              String.valueOf(p.get("id")),
              p.get("started_on") instanceof Date d
                  ? d.toLocalDate().atTime(LocalTime.MIDNIGHT).atZone(LanternTime.ZONE).toInstant()
                  : null,
              List.of(
                  Field.of("Category", p.get("category")),
                  Field.of("Started on", p.get("started_on")),
                  Field.of("Ended on", p.get("ended_on")),
                  Field.otherPerson(
                      "Lead social worker", staffName(names, p.get("lead_social_worker_user_id"))),
                  Field.of("Last conference on", p.get("last_conference_on")),
                  Field.of("Next review on", p.get("next_review_on")))));
    }
    return records;
  }

  @SuppressWarnings("unchecked")
  private SubjectRecord meeting(Map<String, Object> m, Map<UUID, UserView> names) {
    List<Map<String, Object>> people = (List<Map<String, Object>>) m.get("people");
    List<Map<String, Object>> actions = (List<Map<String, Object>>) m.get("actions");
    List<UUID> others = (List<UUID>) m.get("others");
    List<Field> fields = new ArrayList<>();
    fields.add(Field.of("Kind", m.get("kind")));
    fields.add(Field.otherPerson("Started by", staffName(names, m.get("started_by_user_id"))));
    fields.add(Field.of("Due on", m.get("due_on")));
    fields.add(Field.of("Held", instant(m.get("held_at"))));
    fields.add(Field.of("What was known", m.get("known")));
    fields.add(Field.of("Decision", m.get("decision")));
    fields.add(Field.of("Reasons", m.get("reasons")));
    fields.add(Field.of("Conference due on", m.get("conference_due_on")));
    fields.add(Field.of("Next review on", m.get("next_review_on")));
    fields.add(Field.otherPerson("Recorded by", staffName(names, m.get("recorded_by_user_id"))));
    for (Map<String, Object> p : people) {
      UserView u = names.get((UUID) p.get("user_id"));
      fields.add(Field.otherPerson("Invited", u == null ? null : u.displayName()));
      fields.add(Field.of("Their agency", u == null ? null : u.agencyName()));
      fields.add(Field.of("Took part", Boolean.TRUE.equals(p.get("attended")) ? "yes" : "no"));
    }
    for (String other : children.namesOf(others).values()) {
      fields.add(Field.otherPerson("Another child the meeting was about", other));
    }
    for (int i = 0; i < actions.size(); i++) {
      Map<String, Object> a = actions.get(i);
      String n = " " + (i + 1);
      fields.add(Field.of("Action" + n, a.get("description")));
      fields.add(
          Field.otherPerson("Action" + n + ": owner", staffName(names, a.get("owner_user_id"))));
      fields.add(Field.of("Action" + n + ": due on", a.get("due_on")));
      fields.add(Field.of("Action" + n + ": done on", a.get("done_on")));
    }
    return new SubjectRecord(
        "strategy",
        "STRATEGY_DISCUSSION".equals(m.get("kind"))
            ? "Strategy discussion"
            : "Risk-management meeting",
        String.valueOf(m.get("id")),
        instant(m.get("started_at")),
        fields);
  }
}
