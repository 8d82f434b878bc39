package org.lantern.people.personindex;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.lantern.governance.GovernanceRuleBroken;
import org.lantern.governance.RecordKind;
import org.lantern.governance.RetainedRecords;
import org.lantern.governance.RetentionAnchor;
import org.lantern.platform.LanternTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A partner system's record in the person index that a reviewer rejected (decided it is not the
 * person the linkage engine proposed) and that is linked to no one: kept for twelve months by
 * default from the last rejection (or the partner's last change, if later), so that a mistaken
 * rejection can still be undone, then listed for the information governance officer. Deleting it
 * removes every detail the partner sent (names, date of birth, sex, identifiers, address, and the
 * fields set aside on import); the record's row stays with its source and the partner's id, and so
 * do its rejected pairs, so the pair is never proposed again. A record linked to anyone, or with a
 * pair still waiting for review, is not listed (and is refused if it became so after listing).
 */
@Component
class RejectedRecordRetention implements RetainedRecords {

  /** The source of Lantern's own children in the index (people.LanternRecords). */
  private static final String LANTERN = "Lantern";

  private static final String ALONE =
      " and not exists (select 1 from person_record o where o.person_id = r.person_id"
          + " and o.id <> r.id)"
          + " and not exists (select 1 from person_link w where w.status = 'REVIEW'"
          + " and (w.record_a = r.id or w.record_b = r.id))";

  private final JdbcTemplate jdbc;

  RejectedRecordRetention(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public RecordKind kind() {
    return RecordKind.REJECTED_PERSON_RECORD;
  }

  @Override
  public RetentionAnchor anchor() {
    return RetentionAnchor.RECORD_REJECTED;
  }

  @Override
  public int defaultMonths() {
    return 12;
  }

  @Override
  public List<Due> dueBy(UUID partnershipId, int months, LocalDate day) {
    return jdbc
        .query(
            "select r.id, r.updated_at, x.rejected_at from person_record r join"
                + " (select rec, max(decided_at) as rejected_at from"
                + " (select record_a as rec, decided_at from person_link"
                + " where partnership_id = ? and status = 'REJECTED'"
                + " union all select record_b as rec, decided_at from person_link"
                + " where partnership_id = ? and status = 'REJECTED') y group by rec) x"
                + " on x.rec = r.id"
                + " where r.partnership_id = ? and r.source <> ?"
                + ALONE,
            (rs, n) ->
                new Due(
                    rs.getObject(1, UUID.class).toString(),
                    null,
                    anchor(rs.getTimestamp(2), rs.getTimestamp(3)).plusMonths(months)),
            partnershipId,
            partnershipId,
            partnershipId,
            LANTERN)
        .stream()
        .filter(d -> !d.dueOn().isAfter(day))
        .toList();
  }

  @Override
  public void erase(UUID partnershipId, String recordId) {
    UUID id = UUID.fromString(recordId);
    int erased =
        jdbc.update(
            "update person_record r set given_name = null, middle_names = null,"
                + " family_name = null, previous_names = null, date_of_birth = null, sex = null,"
                + " postcode = null, nhs_number = null, upn = null, other_ids = null,"
                + " address_lines = null, town = null, uprn = null, version = version + 1"
                + " where r.id = ? and r.partnership_id = ? and r.source <> ?"
                + ALONE,
            id,
            partnershipId,
            LANTERN);
    if (erased != 1) {
      throw new GovernanceRuleBroken("review", "governance.review.personRecordLinked");
    }
    jdbc.update("delete from person_record_set_aside where record_id = ?", id);
  }

  private static LocalDate anchor(Timestamp updated, Timestamp rejected) {
    Instant later =
        updated.toInstant().isAfter(rejected.toInstant())
            ? updated.toInstant()
            : rejected.toInstant();
    return later.atZone(LanternTime.ZONE).toLocalDate();
  }
}
