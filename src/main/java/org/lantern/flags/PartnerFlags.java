package org.lantern.flags;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.people.ChildSummary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Flags partner systems send (repeat terminations, a sexual assault referral centre attendance):
 * kept one row per sending agency and identifier, so sending the same flag again changes nothing.
 * Who may send which code is {@link FlagSettings}'; the caller checks it and audits. A flag is kept
 * with the NHS number it was sent for; when no one child of the partnership had that number, it is
 * held against the number alone and shows on the child whose record carries it.
 */
@Service
public class PartnerFlags {

  /** A partner's flag as kept. */
  public record Kept(
      UUID id,
      UUID partnershipId,
      @Nullable UUID childId,
      String code,
      UUID agencyId,
      String agencyName,
      String identifierSystem,
      String identifierValue,
      LocalDate startsOn,
      @Nullable LocalDate endsOn,
      String status,
      @Nullable String nhsNumber) {

    public boolean active() {
      return status.equals(ACTIVE);
    }
  }

  public static final String ACTIVE = "active";
  public static final String INACTIVE = "inactive";

  private static final String SELECT =
      """
      select f.id, f.partnership_id, f.child_id, f.code, a.name, f.identifier_system,
        f.identifier_value, f.starts_on, f.ends_on, f.status, f.agency_id, f.nhs_number
      from partner_flag f join agency a on a.id = f.agency_id
      """;

  private final JdbcTemplate jdbc;
  private final Clock clock;

  PartnerFlags(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * The child's partner flags as flags on this day: those sent for the child, and those held
   * against the child's NHS number (the child as already read: one statement, no read of the child
   * again).
   */
  @Transactional(readOnly = true)
  public List<Flag> of(ChildSummary child, LocalDate today) {
    List<Kept> kept =
        child.nhsNumber() == null
            ? jdbc.query(SELECT + " where f.child_id = ?", PartnerFlags::kept, child.id())
            : jdbc.query(
                SELECT
                    + " where f.child_id = ? or (f.child_id is null and f.partnership_id = ?"
                    + " and f.nhs_number = ?)",
                PartnerFlags::kept,
                child.id(),
                child.partnershipId(),
                child.nhsNumber());
    return kept.stream()
        .map(
            k ->
                new Flag(
                    k.code(),
                    k.active() && (k.endsOn() == null || k.endsOn().isAfter(today)),
                    k.startsOn(),
                    k.endsOn(),
                    null,
                    k.agencyName(),
                    k.id(),
                    k.identifierSystem(),
                    k.identifierValue()))
        .toList();
  }

  @Transactional(readOnly = true)
  public Optional<Kept> find(UUID id) {
    return jdbc.query(SELECT + " where f.id = ?", PartnerFlags::kept, id).stream().findFirst();
  }

  @Transactional(readOnly = true)
  public Optional<Kept> byIdentifier(UUID agencyId, String system, String value) {
    return jdbc
        .query(
            SELECT
                + " where f.agency_id = ? and f.identifier_system = ? and f.identifier_value = ?",
            PartnerFlags::kept,
            agencyId,
            system,
            value)
        .stream()
        .findFirst();
  }

  /** A partner flag to keep. */
  public record New(
      UUID partnershipId,
      @Nullable UUID childId,
      String nhsNumber,
      String code,
      UUID agencyId,
      String sourceSystem,
      String identifierSystem,
      String identifierValue,
      LocalDate startsOn,
      @Nullable LocalDate endsOn) {}

  /** Keeps a new partner flag, in the caller's transaction (which audits it). */
  @Transactional(propagation = Propagation.MANDATORY)
  public UUID create(New f) {
    UUID id = UUID.randomUUID();
    Timestamp now = Timestamp.from(clock.instant());
    jdbc.update(
        """
        insert into partner_flag (id, partnership_id, child_id, nhs_number, code, agency_id,
          source_system, identifier_system, identifier_value, starts_on, ends_on, status,
          created_at, updated_at, version)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
        """,
        id,
        f.partnershipId(),
        f.childId(),
        f.nhsNumber(),
        f.code(),
        f.agencyId(),
        f.sourceSystem(),
        f.identifierSystem(),
        f.identifierValue(),
        Date.valueOf(f.startsOn()),
        f.endsOn() == null ? null : Date.valueOf(f.endsOn()),
        ACTIVE,
        now,
        now);
    return id;
  }

  /** Ends a partner flag (its status and end date), in the caller's transaction. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void end(UUID id, String status, LocalDate endsOn) {
    jdbc.update(
        "update partner_flag set status = ?, ends_on = ?, updated_at = ?, version = version + 1"
            + " where id = ?",
        status,
        Date.valueOf(endsOn),
        Timestamp.from(clock.instant()),
        id);
  }

  private static Kept kept(ResultSet rs, int row) throws SQLException {
    Date ends = rs.getDate(9);
    return new Kept(
        rs.getObject(1, UUID.class),
        rs.getObject(2, UUID.class),
        rs.getObject(3, UUID.class),
        rs.getString(4),
        rs.getObject(11, UUID.class),
        rs.getString(5),
        rs.getString(6),
        rs.getString(7),
        rs.getDate(8).toLocalDate(),
        ends == null ? null : ends.toLocalDate(),
        rs.getString(10),
        rs.getString(12));
  }
}
