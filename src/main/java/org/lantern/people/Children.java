package org.lantern.people;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditLog;
import org.lantern.access.ChildRef;
import org.lantern.access.CurrentUser;
import org.lantern.access.RecordRef;
import org.lantern.people.data.ChildEntity;
import org.lantern.people.data.ChildRecords;
import org.lantern.people.search.ChildIndex;
import org.lantern.platform.LanternTime;
import org.lantern.platform.RecordNotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The children known to the partnership. Methods that hand out a child's details do not check
 * access themselves: callers ask the {@link org.lantern.access.AccessPolicy} first (they know the
 * purpose), as every page and API here does.
 */
@Service
public class Children {

  private final ChildRecords records;
  private final ChildIndex index;
  private final AuditLog audit;
  private final Clock clock;
  private final JdbcTemplate jdbc;
  private final PersonIndex personIndex;
  private final PlacementRows placementRows;

  Children(
      ChildRecords records,
      ChildIndex index,
      AuditLog audit,
      Clock clock,
      JdbcTemplate jdbc,
      PersonIndex personIndex,
      PlacementRows placementRows) {
    this.placementRows = placementRows;
    this.jdbc = jdbc;
    this.personIndex = personIndex;
    this.records = records;
    this.index = index;
    this.audit = audit;
    this.clock = clock;
  }

  /** Which partnership a child belongs to, for the access policy. Holds no personal data. */
  @Transactional(readOnly = true)
  public ChildRef ref(UUID childId) {
    return records
        .findById(childId)
        .map(c -> new ChildRef(c.id(), c.partnershipId()))
        .orElseThrow(() -> new RecordNotFoundException("child", childId));
  }

  @Transactional(readOnly = true)
  public ChildSummary summary(UUID childId) {
    return records
        .findById(childId)
        .map(ChildEntity::summary)
        .orElseThrow(() -> new RecordNotFoundException("child", childId));
  }

  @Transactional(readOnly = true)
  public Map<UUID, ChildSummary> summaries(Collection<UUID> childIds) {
    return records.findAllById(childIds).stream()
        .map(ChildEntity::summary)
        .collect(Collectors.toMap(ChildSummary::id, Function.identity()));
  }

  /**
   * The one child of the partnership with this NHS number, if exactly one has it. Holds no personal
   * data; callers check access before showing the child.
   */
  @Transactional(readOnly = true)
  public Optional<UUID> withNhsNumber(UUID partnershipId, NhsNumber nhsNumber) {
    List<ChildEntity> found =
        records.findByPartnershipIdAndNhsNumber(partnershipId, nhsNumber.value()).stream()
            .filter(c -> c.mergedInto() == null)
            .toList();
    return found.size() == 1 ? Optional.of(found.getFirst().id()) : Optional.empty();
  }

  /**
   * Every child of the partnership with this NHS number and not merged into another, however many:
   * for a check that must not answer "nothing recorded" when two records share a number (the caller
   * answers several as it must, without naming them). Holds no personal data; callers check access
   * before showing one.
   */
  @Transactional(readOnly = true)
  public List<UUID> allWithNhsNumber(UUID partnershipId, NhsNumber nhsNumber) {
    return jdbc.queryForList(
        """
        select id from child where partnership_id = ? and merged_into is null and nhs_number = ?
        order by id
        """,
        UUID.class,
        partnershipId,
        nhsNumber.value());
  }

  /**
   * As {@link #allWithNhsNumber}, each child's record read whole in the same statement: for the
   * flag check from unscheduled care, which hands the record on rather than reading the child
   * again. Holds personal data; callers check access before showing any of it.
   */
  @Transactional(readOnly = true)
  public List<ChildSummary> summariesWithNhsNumber(UUID partnershipId, NhsNumber nhsNumber) {
    return jdbc.query(
        """
        select id, partnership_id, given_name, middle_names, family_name, known_as, sex,
          date_of_birth, nhs_number, upn, postcode, district_id
        from child where partnership_id = ? and merged_into is null and nhs_number = ?
        order by id
        """,
        (rs, row) -> {
          Date born = rs.getDate(8);
          return new ChildSummary(
              rs.getObject(1, UUID.class),
              rs.getObject(2, UUID.class),
              rs.getString(3),
              rs.getString(4),
              rs.getString(5),
              rs.getString(6),
              Sex.valueOf(rs.getString(7)),
              born == null ? null : born.toLocalDate(),
              rs.getString(9),
              rs.getString(10),
              rs.getString(11),
              rs.getObject(12, UUID.class));
        },
        partnershipId,
        nhsNumber.value());
  }

  /**
   * The children of the partnership with exactly this given and family name (in any case) and date
   * of birth: for a check that must not list who else is known (the caller answers several as it
   * must, without naming them). Holds no personal data; callers check access before showing one.
   */
  @Transactional(readOnly = true)
  public List<UUID> withNameAndBirth(
      UUID partnershipId, String givenName, String familyName, LocalDate dateOfBirth) {
    return jdbc.queryForList(
        """
        select id from child where partnership_id = ? and merged_into is null
          and lower(given_name) = ? and lower(family_name) = ? and date_of_birth = ?
        order by id
        """,
        UUID.class,
        partnershipId,
        givenName.strip().toLowerCase(Locale.ROOT),
        familyName.strip().toLowerCase(Locale.ROOT),
        Date.valueOf(dateOfBirth));
  }

  /**
   * Registers a new child, in the caller's transaction, and puts them in the search index once that
   * commits. A description from a referrer goes through {@link DescribedChildren#place} instead,
   * which calls this only when the description is not a child Lantern knows.
   */
  @Transactional
  public ChildSummary register(CurrentUser by, NewChild child) {
    ChildSummary details =
        new ChildSummary(
            UUID.randomUUID(),
            by.partnershipId(),
            child.givenName(),
            child.middleNames(),
            child.familyName(),
            child.knownAs(),
            child.sex(),
            child.dateOfBirth(),
            child.nhsNumber() == null ? null : child.nhsNumber().value(),
            child.upn() == null ? null : child.upn().value(),
            child.postcode() == null ? null : child.postcode().value(),
            child.districtId());
    records.saveAndFlush(new ChildEntity(details, clock.instant()));
    audit.record(
        by,
        AuditAction.REGISTER_CHILD,
        details.id(),
        RecordRef.child(details.id()),
        null,
        "described by referrer");
    index.indexAfterCommit(details);
    personIndex.childRegistered(by, details.id());
    return details;
  }

  /**
   * Puts children imported in the caller's transaction in this copy's search index now, before they
   * commit, so that the same transaction can match against them (the demo county cross-references a
   * list while it makes the county). The index catches up from the database at start in any case;
   * indexing a child twice does no harm.
   */
  public void indexNow(Collection<ChildSummary> imported) {
    index.index(imported);
  }

  /**
   * Imports children in bulk (a legacy system's records, or the demo county), in the caller's
   * transaction, audited as one import. The search index picks them up once they commit.
   */
  @Transactional
  public void importAll(CurrentUser by, List<ChildSummary> imported) {
    Timestamp now = Timestamp.from(clock.instant());
    jdbc.batchUpdate(
        """
        insert into child (id, partnership_id, given_name, middle_names, family_name, known_as,
          sex, date_of_birth, nhs_number, upn, postcode, district_id, created_at, updated_at,
          version)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
        """,
        imported,
        500,
        (ps, c) -> {
          ps.setObject(1, c.id());
          ps.setObject(2, c.partnershipId());
          ps.setString(3, c.givenName());
          ps.setString(4, c.middleNames());
          ps.setString(5, c.familyName());
          ps.setString(6, c.knownAs());
          ps.setString(7, c.sex().name());
          ps.setObject(8, c.dateOfBirth());
          ps.setString(9, c.nhsNumber());
          ps.setString(10, c.upn());
          ps.setString(11, c.postcode());
          ps.setObject(12, c.districtId());
          ps.setTimestamp(13, now);
          ps.setTimestamp(14, now);
        });
    audit.record(
        by,
        AuditAction.REGISTER_CHILD,
        null,
        new RecordRef("CHILD_IMPORT", String.valueOf(imported.size())),
        null,
        "bulk import of " + imported.size() + " children");
  }

  /** Where each child lives today (placement type), for those with a placement recorded. */
  @Transactional(readOnly = true)
  public Map<UUID, PlacementType> placements(Collection<UUID> childIds) {
    Map<UUID, PlacementType> found = new HashMap<>();
    placementRows
        .currentOn(childIds, LocalDate.now(clock.withZone(LanternTime.ZONE)))
        .forEach((id, p) -> found.put(id, p.type()));
    return found;
  }

  /**
   * Cross-border details of each child whose placement today involves another authority: the
   * authority and its contact for a child placed here, where and whom to inform for one of ours
   * placed elsewhere ({@link Placements} has the whole of it).
   */
  @Transactional(readOnly = true)
  public Map<UUID, CrossBorder> crossBorder(Collection<UUID> childIds) {
    Map<UUID, CrossBorder> found = new HashMap<>();
    placementRows
        .currentOn(childIds, LocalDate.now(clock.withZone(LanternTime.ZONE)))
        .forEach(
            (id, p) -> {
              CrossBorder c = CrossBorder.of(p);
              if (!c.isEmpty()) {
                found.put(id, c);
              }
            });
    return found;
  }

  /**
   * The child this record now is: itself, or (for a record the front door joined to the child it
   * was found to be) the child it was joined into. Holds no personal data.
   */
  @Transactional(readOnly = true)
  public UUID current(UUID childId) {
    UUID at = childId;
    for (int hops = 0; hops < 100; hops++) {
      UUID next =
          records
              .findById(at)
              .orElseThrow(() -> new RecordNotFoundException("child", childId))
              .mergedInto();
      if (next == null) {
        return at;
      }
      at = next;
    }
    throw new IllegalStateException("Child " + childId + " is joined in a loop");
  }

  /** Whether the record was joined into another child's (and is kept only for links to it). */
  @Transactional(readOnly = true)
  public boolean isJoinedToAnother(UUID childId) {
    return records.findById(childId).map(c -> c.mergedInto() != null).orElse(false);
  }
}
