package org.lantern.missing;

import static org.lantern.governance.SubjectRecordSource.instant;
import static org.lantern.governance.SubjectRecordSource.staffName;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lantern.access.Directory;
import org.lantern.access.UserView;
import org.lantern.governance.SubjectRecordSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * For a subject access export: every missing episode of the child, where from and to, the risk
 * grading, and the return interview with its push and pull factors and notes. Whoever recorded the
 * episode or held the interview, and the people named in it, are other people.
 */
@Component
class EpisodeSubjectRecords implements SubjectRecordSource {

  private final JdbcTemplate jdbc;
  private final Directory directory;

  EpisodeSubjectRecords(JdbcTemplate jdbc, Directory directory) {
    this.jdbc = jdbc;
    this.directory = directory;
  }

  @Override
  public List<SubjectRecord> recordsAbout(UUID partnershipId, UUID childId) {
    List<Map<String, Object>> episodes =
        jdbc.queryForList(
            "select id, police_reference, missing_from, missing_at, missing_location,"
                + " returned_at, returned_location, found_with, risk_grading,"
                + " recorded_by_user_id, source_system, recorded_at, interview_status,"
                + " interview_offered_at, interview_completed_at, interviewed_by_name,"
                + " interview_people, interview_places, interview_notes from missing_episode"
                + " where partnership_id = ? and child_id = ? order by missing_at",
            partnershipId,
            childId);
    Map<UUID, UserView> names =
        directory.users(SubjectRecordSource.ids(episodes, "recorded_by_user_id"));
    List<SubjectRecord> records = new ArrayList<>();
    for (Map<String, Object> e : episodes) {
      UUID id = (UUID) e.get("id");
      List<String> factors =
          jdbc.queryForList(
              "select factor from missing_episode_factor where episode_id = ? order by factor",
              String.class,
              id);
      records.add(
          new SubjectRecord(
              "missing",
              "Missing episode",
              id.toString(),
              instant(e.get("missing_at")),
              List.of(
                  Field.of("Police reference", e.get("police_reference")),
                  Field.of("Missing from", e.get("missing_from")),
                  Field.of("Went missing", instant(e.get("missing_at"))),
                  Field.of("Where from", e.get("missing_location")),
                  Field.of("Came back", instant(e.get("returned_at"))),
                  Field.of("Where found", e.get("returned_location")),
                  Field.otherPerson("Found with", e.get("found_with")),
                  Field.of("Risk grading", e.get("risk_grading")),
                  Field.otherPerson("Recorded by", staffName(names, e.get("recorded_by_user_id"))),
                  Field.of("Sent by system", e.get("source_system")),
                  Field.of("Recorded", instant(e.get("recorded_at"))),
                  Field.of("Return interview", e.get("interview_status")),
                  Field.of("Interview offered", instant(e.get("interview_offered_at"))),
                  Field.of("Interview held", instant(e.get("interview_completed_at"))),
                  Field.otherPerson("Interviewed by", e.get("interviewed_by_name")),
                  Field.otherPerson("People named in the interview", e.get("interview_people")),
                  Field.of("Places named in the interview", e.get("interview_places")),
                  Field.of("Notes of the interview", e.get("interview_notes")),
                  Field.of("Push and pull factors", String.join(", ", factors)))));
    }
    return records;
  }
}
