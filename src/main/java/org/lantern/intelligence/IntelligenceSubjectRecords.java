package org.lantern.intelligence;

import static org.lantern.governance.SubjectRecordSource.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.lantern.governance.SubjectRecordSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * For a subject access export of a child: each link recorded between the child and an adult of
 * concern (its nature, source, assessment and details) and each child abduction warning notice that
 * names the child. The adult, and the officers who recorded or served, are other people: their
 * names are redacted unless the officer keeps them. For an export of an adult of concern (this
 * module keeps adults): the adult as recorded, each link to a child and each notice served on them;
 * there the children are the other people.
 */
@Component
class IntelligenceSubjectRecords implements SubjectRecordSource {

  private final JdbcTemplate jdbc;

  IntelligenceSubjectRecords(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<SubjectRecord> recordsAbout(UUID partnershipId, UUID childId) {
    List<SubjectRecord> records = new ArrayList<>();
    for (Map<String, Object> l :
        jdbc.queryForList(
            "select l.id, l.created_at, l.nature, l.source, l.source_evaluation, l.assessment,"
                + " l.linked_on, l.details, l.described_as, l.place, l.approximate_age,"
                + " l.recorded_by_name, a.given_name, a.family_name, a.date_of_birth"
                + " from adult_child_link l join adult_person a on a.id = l.adult_id"
                + " where l.partnership_id = ? and l.child_id = ? order by l.created_at",
            partnershipId,
            childId)) {
      records.add(
          new SubjectRecord(
              "intelligence",
              "Link to an adult of concern",
              String.valueOf(l.get("id")),
              instant(l.get("created_at")),
              List.of(
                  Field.otherPerson("Adult's given name", l.get("given_name")),
                  Field.otherPerson("Adult's family name", l.get("family_name")),
                  Field.otherPerson("Adult's date of birth", l.get("date_of_birth")),
                  Field.otherPerson("Adult described as", l.get("described_as")),
                  Field.of("Adult's approximate age", l.get("approximate_age")),
                  Field.of("Nature of the link", l.get("nature")),
                  Field.of("Source", l.get("source")),
                  Field.of("Source evaluation", l.get("source_evaluation")),
                  Field.of("Assessment", l.get("assessment")),
                  Field.of("Linked on", l.get("linked_on")),
                  Field.of("Place", l.get("place")),
                  Field.of("Details", l.get("details")),
                  Field.otherPerson("Recorded by", l.get("recorded_by_name")))));
    }
    for (Map<String, Object> n :
        jdbc.queryForList(
            "select n.id, n.recorded_at, n.served_on, n.expires_on, n.officer_name,"
                + " n.circumstances, a.given_name, a.family_name, a.date_of_birth"
                + " from abduction_notice n join abduction_notice_child c on c.notice_id = n.id"
                + " join adult_person a on a.id = n.adult_id"
                + " where n.partnership_id = ? and c.child_id = ? order by n.served_on",
            partnershipId,
            childId)) {
      records.add(
          new SubjectRecord(
              "intelligence",
              "Child abduction warning notice naming the child",
              String.valueOf(n.get("id")),
              instant(n.get("recorded_at")),
              List.of(
                  Field.otherPerson("Served on (given name)", n.get("given_name")),
                  Field.otherPerson("Served on (family name)", n.get("family_name")),
                  Field.otherPerson("Their date of birth", n.get("date_of_birth")),
                  Field.of("Served", n.get("served_on")),
                  Field.of("Expires", n.get("expires_on")),
                  Field.otherPerson("Officer", n.get("officer_name")),
                  Field.of("Circumstances", n.get("circumstances")))));
    }
    return records;
  }

  @Override
  public List<AdultSubject> adultsNamed(UUID partnershipId, String words) {
    String like = "%" + words.toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
    return jdbc.query(
        "select id, given_name, family_name, date_of_birth from adult_person"
            + " where partnership_id = ? and lower(coalesce(given_name, '') || ' '"
            + " || coalesce(family_name, '')) like ?"
            + " order by lower(coalesce(family_name, given_name)), lower(given_name), id"
            + " fetch first 50 rows only",
        (rs, i) -> adult(rs),
        partnershipId,
        like);
  }

  @Override
  public Optional<AdultSubject> adult(UUID partnershipId, UUID adultId) {
    return jdbc
        .query(
            "select id, given_name, family_name, date_of_birth from adult_person"
                + " where partnership_id = ? and id = ?",
            (rs, i) -> adult(rs),
            partnershipId,
            adultId)
        .stream()
        .findFirst();
  }

  @Override
  public List<SubjectRecord> recordsAboutAdult(UUID partnershipId, UUID adultId) {
    List<SubjectRecord> records = new ArrayList<>();
    for (Map<String, Object> a :
        jdbc.queryForList(
            "select id, given_name, family_name, date_of_birth, created_at from adult_person"
                + " where partnership_id = ? and id = ?",
            partnershipId,
            adultId)) {
      records.add(
          new SubjectRecord(
              "intelligence",
              "Adult of concern",
              String.valueOf(a.get("id")),
              instant(a.get("created_at")),
              List.of(
                  Field.of("Given name", a.get("given_name")),
                  Field.of("Family name", a.get("family_name")),
                  Field.of("Date of birth", a.get("date_of_birth")))));
    }
    for (Map<String, Object> l :
        jdbc.queryForList(
            "select l.id, l.created_at, l.nature, l.source, l.source_evaluation, l.assessment,"
                + " l.linked_on, l.details, l.described_as, l.place, l.recorded_by_name,"
                + " c.given_name, c.family_name, c.date_of_birth"
                + " from adult_child_link l join child c on c.id = l.child_id"
                + " where l.partnership_id = ? and l.adult_id = ? order by l.created_at",
            partnershipId,
            adultId)) {
      records.add(
          new SubjectRecord(
              "intelligence",
              "Link to a child",
              String.valueOf(l.get("id")),
              instant(l.get("created_at")),
              List.of(
                  Field.otherPerson("Child's given name", l.get("given_name")),
                  Field.otherPerson("Child's family name", l.get("family_name")),
                  Field.otherPerson("Child's date of birth", l.get("date_of_birth")),
                  Field.of("Described as", l.get("described_as")),
                  Field.of("Nature of the link", l.get("nature")),
                  Field.of("Source", l.get("source")),
                  Field.of("Source evaluation", l.get("source_evaluation")),
                  Field.of("Assessment", l.get("assessment")),
                  Field.of("Linked on", l.get("linked_on")),
                  Field.of("Place", l.get("place")),
                  Field.of("Details", l.get("details")),
                  Field.otherPerson("Recorded by", l.get("recorded_by_name")))));
    }
    for (Map<String, Object> n :
        jdbc.queryForList(
            "select id, recorded_at, served_on, expires_on, officer_name, circumstances"
                + " from abduction_notice where partnership_id = ? and adult_id = ?"
                + " order by served_on",
            partnershipId,
            adultId)) {
      List<Field> fields = new ArrayList<>();
      fields.add(Field.of("Served", n.get("served_on")));
      fields.add(Field.of("Expires", n.get("expires_on")));
      fields.add(Field.otherPerson("Officer", n.get("officer_name")));
      fields.add(Field.of("Circumstances", n.get("circumstances")));
      jdbc.query(
          "select c.given_name, c.family_name from abduction_notice_child nc"
              + " join child c on c.id = nc.child_id where nc.notice_id = ?"
              + " order by c.family_name, c.given_name",
          rs -> {
            fields.add(Field.otherPerson("Child named (given name)", rs.getString(1)));
            fields.add(Field.otherPerson("Child named (family name)", rs.getString(2)));
          },
          n.get("id"));
      records.add(
          new SubjectRecord(
              "intelligence",
              "Child abduction warning notice served on the adult",
              String.valueOf(n.get("id")),
              instant(n.get("recorded_at")),
              fields));
    }
    return records;
  }

  private static AdultSubject adult(ResultSet rs) throws SQLException {
    String name =
        ((rs.getString("given_name") == null ? "" : rs.getString("given_name") + " ")
                + (rs.getString("family_name") == null ? "" : rs.getString("family_name")))
            .strip();
    return new AdultSubject(
        rs.getObject("id", UUID.class), name, rs.getObject("date_of_birth", LocalDate.class));
  }
}
