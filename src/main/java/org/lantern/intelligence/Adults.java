package org.lantern.intelligence;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adults of concern and the children they are linked to. The same adult named again (same names and
 * date of birth, see {@link AdultDetails#matchKey()}) is the same person record, so a notice served
 * on him reaches every child he has been seen with.
 */
@Service
public class Adults {

  private final JdbcTemplate jdbc;
  private final Clock clock;

  Adults(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** The adult's person record: the one already known, or a new one. */
  @Transactional
  public UUID findOrCreate(UUID partnershipId, AdultDetails adult) {
    String key = adult.matchKey();
    if (key != null) {
      List<UUID> found =
          jdbc.queryForList(
              "select id from adult_person where partnership_id = ? and match_key = ?"
                  + " order by created_at, id",
              UUID.class,
              partnershipId,
              key);
      if (!found.isEmpty()) {
        return found.getFirst();
      }
    }
    UUID id = UUID.randomUUID();
    jdbc.update(
        "insert into adult_person (id, partnership_id, given_name, family_name, date_of_birth,"
            + " match_key, created_at) values (?, ?, ?, ?, ?, ?, ?)",
        id,
        partnershipId,
        adult.givenName(),
        adult.familyName(),
        adult.dateOfBirth() == null ? null : Date.valueOf(adult.dateOfBirth()),
        key == null ? "unmatched:" + id : key,
        Timestamp.from(clock.instant()));
    return id;
  }

  /** Links the adult to the child; the same link from the same source is made once. */
  @Transactional
  public void link(
      UUID partnershipId, UUID adultId, UUID childId, LinkSource source, UUID sourceId) {
    Integer exists =
        jdbc.queryForObject(
            "select count(*) from adult_child_link where adult_id = ? and child_id = ?"
                + " and source = ? and source_id = ?",
            Integer.class,
            adultId,
            childId,
            source.name(),
            sourceId);
    if (exists != null && exists == 0) {
      jdbc.update(
          "insert into adult_child_link (id, partnership_id, adult_id, child_id, source,"
              + " source_id, created_at) values (?, ?, ?, ?, ?, ?, ?)",
          UUID.randomUUID(),
          partnershipId,
          adultId,
          childId,
          source.name(),
          sourceId,
          Timestamp.from(clock.instant()));
    }
  }

  /**
   * The adults a concern names: each becomes (or is matched to) a person record linked to the child
   * with source {@link LinkSource#CONCERN}, keeping how the referrer described them. Runs in the
   * concern's transaction, so the concern and its links are saved together or not at all.
   */
  @Transactional
  public void namedInConcern(
      UUID partnershipId, UUID childId, UUID concernId, List<NamedAdult> named) {
    for (NamedAdult adult : named) {
      UUID adultId = findOrCreate(partnershipId, adult.person());
      link(partnershipId, adultId, childId, LinkSource.CONCERN, concernId);
      jdbc.update(
          "update adult_child_link set described_as = ?, place = ?, approximate_age = ?"
              + " where adult_id = ? and child_id = ? and source = ? and source_id = ?",
          adult.describedAs(),
          adult.place(),
          adult.approximateAge(),
          adultId,
          childId,
          LinkSource.CONCERN.name(),
          concernId);
    }
  }

  /** Removes the links one source record made (a missing episode updated to another adult). */
  @Transactional
  public void unlinkSource(LinkSource source, UUID sourceId) {
    jdbc.update(
        "delete from adult_child_link where source = ? and source_id = ?", source.name(), sourceId);
  }

  /**
   * Moves the links one source record made to another child: the concern or missing episode was
   * moved by the front door to the child it is really about.
   */
  @Transactional
  public void moveSource(LinkSource source, UUID sourceId, UUID childId) {
    jdbc.update(
        "update adult_child_link set child_id = ? where source = ? and source_id = ?",
        childId,
        source.name(),
        sourceId);
  }
}
