package org.lantern.people.personindex;

import static org.lantern.governance.SubjectRecordSource.instant;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lantern.governance.SubjectRecordSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * For a subject access export: the records of the child that partners' systems sent to the person
 * index and that it holds to be this child (the same person as the child's own record in the
 * index), each with its source and every detail as sent. Records still waiting for a person to
 * decide are not the child's until decided, so they are not listed.
 */
@Component
class PersonIndexSubjectRecords implements SubjectRecordSource {

  /** The source of the child's own record in the index (people.LanternRecords). */
  private static final String LANTERN = "Lantern";

  private final JdbcTemplate jdbc;

  PersonIndexSubjectRecords(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<SubjectRecord> recordsAbout(UUID partnershipId, UUID childId) {
    List<Map<String, Object>> rows =
        jdbc.queryForList(
            "select r.id, r.source, r.source_id, r.given_name, r.middle_names, r.family_name,"
                + " r.previous_names, r.date_of_birth, r.sex, r.postcode, r.address_lines,"
                + " r.town, r.uprn, r.nhs_number, r.upn, r.other_ids, r.imported_at,"
                + " r.updated_at from person_record r"
                + " where r.partnership_id = ? and r.source <> ? and r.person_id is not null"
                + " and r.person_id = (select o.person_id from person_record o"
                + " where o.partnership_id = ? and o.source = ? and o.source_id = ?)"
                + " order by r.imported_at, r.id",
            partnershipId,
            LANTERN,
            partnershipId,
            LANTERN,
            childId.toString());
    return rows.stream()
        .map(
            r ->
                new SubjectRecord(
                    "people",
                    "Record in another system (person index)",
                    String.valueOf(r.get("id")),
                    instant(r.get("imported_at")),
                    List.of(
                        Field.of("System", r.get("source")),
                        Field.of("Its id", r.get("source_id")),
                        Field.of("Given name", r.get("given_name")),
                        Field.of("Middle names", r.get("middle_names")),
                        Field.of("Family name", r.get("family_name")),
                        Field.of("Previous names", r.get("previous_names")),
                        Field.of("Date of birth", r.get("date_of_birth")),
                        Field.of("Sex", r.get("sex")),
                        Field.of("Postcode", r.get("postcode")),
                        Field.of("Address", r.get("address_lines")),
                        Field.of("Town", r.get("town")),
                        Field.of("Property reference (UPRN)", r.get("uprn")),
                        Field.of("NHS number", r.get("nhs_number")),
                        Field.of("Unique pupil number", r.get("upn")),
                        Field.of("Other identifiers", r.get("other_ids")),
                        Field.of("Last changed", instant(r.get("updated_at"))))))
        .toList();
  }
}
