package org.lantern.admin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccessPolicy;
import org.lantern.access.AgencyKind;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditLog;
import org.lantern.access.Authorities;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.access.PartnershipStructure;
import org.lantern.access.Permission;
import org.lantern.access.RecordRef;
import org.lantern.access.UnitView;
import org.lantern.access.UnitView.UnitKind;
import org.lantern.platform.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a partnership administrator does to its structure: add local authorities (a partnership may
 * span more than one; a district belongs to one, and can be moved to another), districts, agencies
 * (with their kind and contact numbers) and teams, rename them, change an agency's numbers, and
 * close any of them from a date. Nothing is deleted. Each change is guarded, checked ({@link
 * AccountRuleBroken} by the field, nothing saved) and audited from what to what.
 */
@Service
public class StructureAdministration {

  private final AccessPolicy policy;
  private final Directory directory;
  private final PartnershipStructure structure;
  private final AuditLog audit;
  private final Authorities authorities;

  StructureAdministration(
      AccessPolicy policy,
      Directory directory,
      PartnershipStructure structure,
      AuditLog audit,
      Authorities authorities) {
    this.authorities = authorities;
    this.policy = policy;
    this.directory = directory;
    this.structure = structure;
    this.audit = audit;
  }

  /**
   * A local authority, district, agency or team to add; {@code parentId} is a district's local
   * authority (the partnership's first when none is chosen), an agency's district, a team's agency.
   */
  public record NewUnit(
      UnitKind kind,
      String name,
      @Nullable UUID parentId,
      @Nullable AgencyKind agencyKind,
      @Nullable String officeHoursPhone,
      @Nullable String outOfHoursPhone) {}

  @Transactional
  public UUID add(CurrentUser admin, NewUnit unit) {
    policy.requireRole(admin, Permission.MANAGE_PARTNERSHIP_STRUCTURE);
    UUID partnership = admin.partnershipId();
    String name = unit.name().strip();
    List<String> said = new ArrayList<>(List.of("name: " + name));
    UUID id =
        switch (unit.kind()) {
          case LOCAL_AUTHORITY -> {
            refuseTakenName(partnership, UnitKind.LOCAL_AUTHORITY, null, name, null);
            yield authorities.create(partnership, name);
          }
          case DISTRICT -> {
            refuseTakenName(partnership, UnitKind.DISTRICT, null, name, null);
            if (unit.parentId() == null) {
              yield directory.createDistrict(partnership, name);
            }
            UnitView authority =
                openParent(partnership, UnitKind.LOCAL_AUTHORITY, unit.parentId(), "authorityId");
            said.add("local authority: " + authority.name());
            yield directory.createDistrict(partnership, name, authority.id());
          }
          case AGENCY -> {
            if (unit.agencyKind() == null) {
              throw new AccountRuleBroken("agencyKind", "admin.structure.agencyKind.missing");
            }
            if (unit.parentId() != null) {
              openParent(partnership, UnitKind.DISTRICT, unit.parentId(), "districtId");
            }
            refuseTakenName(partnership, UnitKind.AGENCY, null, name, null);
            UUID made =
                directory.createAgency(partnership, name, unit.agencyKind(), unit.parentId());
            structure.contacts(made, unit.officeHoursPhone(), unit.outOfHoursPhone());
            said.add("kind: " + unit.agencyKind());
            said.add("office hours: " + show(unit.officeHoursPhone()));
            said.add("out of hours: " + show(unit.outOfHoursPhone()));
            yield made;
          }
          case TEAM -> {
            if (unit.parentId() == null) {
              throw new AccountRuleBroken("agencyId", "admin.structure.agency.missing");
            }
            UnitView agency = openParent(partnership, UnitKind.AGENCY, unit.parentId(), "agencyId");
            refuseTakenName(partnership, UnitKind.TEAM, agency.id(), name, null);
            said.add("agency: " + agency.name());
            yield directory.createTeam(agency.id(), name);
          }
        };
    audit.record(
        admin,
        AuditAction.STRUCTURE_ADDED,
        null,
        RecordRef.of(unit.kind().name(), id),
        null,
        String.join("; ", said));
    return id;
  }

  /** Renames it, and for an agency sets its contact numbers. */
  @Transactional
  public void change(
      CurrentUser admin,
      UnitKind kind,
      UUID id,
      String name,
      @Nullable String officeHoursPhone,
      @Nullable String outOfHoursPhone) {
    UnitView before = guarded(admin, kind, id);
    String wanted = name.strip();
    List<String> changes = new ArrayList<>();
    if (!before.name().equals(wanted)) {
      refuseTakenName(admin.partnershipId(), kind, before.parentId(), wanted, id);
      structure.rename(kind, id, wanted);
      changes.add("name: " + before.name() + " → " + wanted);
    }
    if (kind == UnitKind.AGENCY
        && (!Objects.equals(before.officeHoursPhone(), officeHoursPhone)
            || !Objects.equals(before.outOfHoursPhone(), outOfHoursPhone))) {
      structure.contacts(id, officeHoursPhone, outOfHoursPhone);
      changes.add(
          "office hours: "
              + show(before.officeHoursPhone())
              + " → "
              + show(officeHoursPhone)
              + "; out of hours: "
              + show(before.outOfHoursPhone())
              + " → "
              + show(outOfHoursPhone));
    }
    if (changes.isEmpty()) {
      return;
    }
    audit.record(
        admin,
        AuditAction.STRUCTURE_CHANGED,
        null,
        RecordRef.of(kind.name(), id),
        null,
        String.join("; ", changes));
  }

  /** Moves a district to another of the partnership's open local authorities. */
  @Transactional
  public void moveDistrict(CurrentUser admin, UUID districtId, UUID authorityId) {
    UnitView district = guarded(admin, UnitKind.DISTRICT, districtId);
    if (authorityId.equals(district.parentId())) {
      return;
    }
    UnitView to =
        openParent(admin.partnershipId(), UnitKind.LOCAL_AUTHORITY, authorityId, "authorityId");
    UUID fromId = district.parentId();
    String from =
        fromId == null
            ? "none"
            : structure
                .unit(admin.partnershipId(), UnitKind.LOCAL_AUTHORITY, fromId)
                .map(UnitView::name)
                .orElse("none");
    authorities.move(districtId, to.id());
    audit.record(
        admin,
        AuditAction.STRUCTURE_CHANGED,
        null,
        RecordRef.of(UnitKind.DISTRICT.name(), districtId),
        null,
        "local authority: " + from + " → " + to.name());
  }

  /** Closes it from the date: kept, with everything that names it, but no longer offered. */
  @Transactional
  public void close(CurrentUser admin, UnitKind kind, UUID id, LocalDate on) {
    UnitView before = guarded(admin, kind, id);
    if (before.closed()) {
      throw new AccountRuleBroken("closedOn", "admin.structure.closed");
    }
    if (kind == UnitKind.LOCAL_AUTHORITY
        && structure.units(admin.partnershipId(), UnitKind.DISTRICT).stream()
            .anyMatch(d -> !d.closed() && id.equals(d.parentId()))) {
      throw new AccountRuleBroken("closedOn", "admin.structure.authority.hasDistricts");
    }
    structure.closeOn(kind, id, on);
    audit.record(
        admin,
        AuditAction.STRUCTURE_CLOSED,
        null,
        RecordRef.of(kind.name(), id),
        null,
        "open → closed on " + on);
  }

  private UnitView guarded(CurrentUser admin, UnitKind kind, UUID id) {
    policy.requireRole(
        admin, Permission.MANAGE_PARTNERSHIP_STRUCTURE, RecordRef.of(kind.name(), id));
    return structure
        .unit(admin.partnershipId(), kind, id)
        .orElseThrow(() -> new RecordNotFoundException(kind.name().toLowerCase(), id));
  }

  private UnitView openParent(UUID partnership, UnitKind kind, UUID id, String field) {
    return structure
        .unit(partnership, kind, id)
        .filter(u -> !u.closed())
        .orElseThrow(
            () ->
                new AccountRuleBroken(
                    field,
                    switch (kind) {
                      case LOCAL_AUTHORITY -> "admin.structure.authority.unknown";
                      case DISTRICT -> "admin.structure.district.unknown";
                      default -> "admin.structure.agency.unknown";
                    }));
  }

  private void refuseTakenName(
      UUID partnership,
      UnitKind kind,
      @Nullable UUID agencyId,
      String name,
      @Nullable UUID except) {
    if (name.isEmpty() || name.length() > 200) {
      throw new AccountRuleBroken("name", "admin.structure.name.missing");
    }
    if (structure.nameTaken(partnership, kind, agencyId, name, except)) {
      throw new AccountRuleBroken("name", "admin.structure.name.taken");
    }
  }

  private static String show(@Nullable String value) {
    return value == null ? "none" : value;
  }
}
