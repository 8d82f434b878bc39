package org.lantern.intelligence;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.platform.LanternTime;
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

  /**
   * An adult a concern names, as the referrer described them, with what else is known of him: how
   * many other children he is linked to, and whether a child abduction warning notice served on him
   * is in force.
   */
  public record Named(
      UUID adultId,
      String name,
      @Nullable String describedAs,
      @Nullable String place,
      @Nullable Integer approximateAge,
      int otherChildren,
      boolean underNotice) {}

  /**
   * The adults a concern names, for those who read the concern with everything known about the
   * child (the front door). The caller has checked and audited access to the child's record.
   */
  @Transactional(readOnly = true)
  public List<Named> namedIn(UUID concernId) {
    Date today = Date.valueOf(LocalDate.now(clock.withZone(LanternTime.ZONE)));
    return jdbc.query(
        """
        select a.id, a.given_name, a.family_name, l.described_as, l.place, l.approximate_age,
          (select count(distinct o.child_id) from adult_child_link o
            where o.adult_id = a.id and o.child_id <> l.child_id) as others,
          (select count(*) from abduction_notice n
            where n.adult_id = a.id and n.expires_on >= ?) as notices
        from adult_child_link l join adult_person a on a.id = l.adult_id
        where l.source = ? and l.source_id = ?
        order by a.family_name, a.given_name, a.id
        """,
        (rs, i) ->
            new Named(
                rs.getObject("id", UUID.class),
                (rs.getString("given_name") + " " + rs.getString("family_name")).strip(),
                rs.getString("described_as"),
                rs.getString("place"),
                (Integer) rs.getObject("approximate_age"),
                rs.getInt("others"),
                rs.getInt("notices") > 0),
        today,
        LinkSource.CONCERN.name(),
        concernId);
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
