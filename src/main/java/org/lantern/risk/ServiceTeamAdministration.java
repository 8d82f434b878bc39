package org.lantern.risk;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccessPolicy;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditLog;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.access.DistrictView;
import org.lantern.access.PartnershipStructure;
import org.lantern.access.Permission;
import org.lantern.access.RecordRef;
import org.lantern.access.UnitView;
import org.lantern.access.UnitView.UnitKind;
import org.lantern.platform.LanternTime;
import org.lantern.platform.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partnership administrator keeps the commissioned service's teams (seed 002 ¶107: "three teams
 * located in the following areas"): adds one (a new team of an agency, with the districts it
 * covers), renames it or changes its districts, and closes it (the team closes from today and
 * covers no district any more; its past work keeps its name). A district is covered by one team at
 * most. Each change is checked by the field, nothing saved when refused, and audited from what to
 * what.
 */
@Service
public class ServiceTeamAdministration {

  /** The longest name of a team. */
  public static final int MAX_NAME = 200;

  /** A service team as the page lists it. */
  public record Row(
      UUID id, String name, String agencyName, List<DistrictView> districts, int workers) {}

  /** What is asked for a team: its name, its agency (when adding) and the districts it covers. */
  public record Input(@Nullable String name, @Nullable UUID agencyId, Set<UUID> districtIds) {}

  private final ServiceTeams teams;
  private final PartnershipStructure structure;
  private final Directory directory;
  private final AccessPolicy policy;
  private final AuditLog audit;
  private final EntityManager entities;
  private final Clock clock;

  ServiceTeamAdministration(
      ServiceTeams teams,
      PartnershipStructure structure,
      Directory directory,
      AccessPolicy policy,
      AuditLog audit,
      EntityManager entities,
      Clock clock) {
    this.entities = entities;
    this.teams = teams;
    this.structure = structure;
    this.directory = directory;
    this.policy = policy;
    this.audit = audit;
    this.clock = clock;
  }

  /** The service's teams, by name. */
  @Transactional(readOnly = true)
  public List<Row> list(CurrentUser admin) {
    policy.requireRole(admin, Permission.MANAGE_PARTNERSHIP_STRUCTURE);
    Map<UUID, DistrictView> districts = districts(admin);
    Map<UUID, String> agencies =
        directory.agencies(admin.partnershipId()).stream()
            .collect(Collectors.toMap(a -> a.id(), a -> a.name()));
    Map<UUID, UnitView> units =
        structure.units(admin.partnershipId(), UnitKind.TEAM).stream()
            .collect(Collectors.toMap(UnitView::id, Function.identity()));
    return teams.of(admin.partnershipId()).stream()
        .map(
            t -> {
              UnitView unit = units.get(t.id());
              return new Row(
                  t.id(),
                  t.name(),
                  unit == null || unit.parentId() == null
                      ? ""
                      : agencies.getOrDefault(unit.parentId(), ""),
                  t.districtIds().stream()
                      .map(districts::get)
                      .filter(Objects::nonNull)
                      .sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
                      .toList(),
                  t.workers().size());
            })
        .toList();
  }

  /** One of the service's teams. */
  @Transactional(readOnly = true)
  public Row one(CurrentUser admin, UUID teamId) {
    policy.requireRole(
        admin, Permission.MANAGE_PARTNERSHIP_STRUCTURE, RecordRef.of("SERVICE_TEAM", teamId));
    return list(admin).stream()
        .filter(r -> r.id().equals(teamId))
        .findFirst()
        .orElseThrow(() -> new RecordNotFoundException("service team", teamId));
  }

  /** The districts a team may cover: the partnership's, by name. */
  @Transactional(readOnly = true)
  public List<DistrictView> districtChoices(CurrentUser admin) {
    policy.requireRole(admin, Permission.MANAGE_PARTNERSHIP_STRUCTURE);
    return directory.districts(admin.partnershipId());
  }

  /** Adds a team of the agency to the service, covering the districts. */
  @Transactional
  public UUID add(CurrentUser admin, Input input) {
    policy.requireRole(admin, Permission.MANAGE_PARTNERSHIP_STRUCTURE);
    String name = name(input.name());
    UnitView agency =
        input.agencyId() == null
            ? null
            : structure
                .unit(admin.partnershipId(), UnitKind.AGENCY, input.agencyId())
                .filter(a -> !a.closed())
                .orElse(null);
    if (agency == null) {
      throw new ServiceTeamRuleException("agencyId", "service.teams.error.agency");
    }
    if (structure.nameTaken(admin.partnershipId(), UnitKind.TEAM, agency.id(), name, null)) {
      throw new ServiceTeamRuleException("name", "service.teams.error.nameTaken");
    }
    List<DistrictView> covered = covered(admin, null, input.districtIds());
    UUID id = directory.createTeam(agency.id(), name);
    entities.flush(); // the team is written before the service's own rows name it
    teams.cover(admin.partnershipId(), id, input.districtIds());
    audit.record(
        admin,
        AuditAction.STRUCTURE_ADDED,
        null,
        RecordRef.of("SERVICE_TEAM", id),
        null,
        "service team: " + name + "; agency: " + agency.name() + "; districts: " + names(covered));
    return id;
  }

  /** Renames the team and changes the districts it covers (its agency stays). */
  @Transactional
  public void change(CurrentUser admin, UUID teamId, Input input) {
    Row before = one(admin, teamId);
    String name = name(input.name());
    List<DistrictView> covered = covered(admin, teamId, input.districtIds());
    List<String> changes = new ArrayList<>();
    if (!before.name().equals(name)) {
      UUID agencyId =
          structure
              .unit(admin.partnershipId(), UnitKind.TEAM, teamId)
              .map(UnitView::parentId)
              .orElse(null);
      if (structure.nameTaken(admin.partnershipId(), UnitKind.TEAM, agencyId, name, teamId)) {
        throw new ServiceTeamRuleException("name", "service.teams.error.nameTaken");
      }
      structure.rename(UnitKind.TEAM, teamId, name);
      changes.add("name: " + before.name() + " → " + name);
    }
    if (!Set.copyOf(before.districts().stream().map(DistrictView::id).toList())
        .equals(Set.copyOf(input.districtIds()))) {
      teams.cover(admin.partnershipId(), teamId, input.districtIds());
      changes.add("districts: " + names(before.districts()) + " → " + names(covered));
    }
    if (!changes.isEmpty()) {
      audit.record(
          admin,
          AuditAction.STRUCTURE_CHANGED,
          null,
          RecordRef.of("SERVICE_TEAM", teamId),
          null,
          String.join("; ", changes));
    }
  }

  /** Closes the team from today: it covers no district and is no longer the service's. */
  @Transactional
  public void close(CurrentUser admin, UUID teamId) {
    Row before = one(admin, teamId);
    LocalDate today = LocalDate.now(clock.withZone(LanternTime.ZONE));
    teams.withdraw(teamId);
    structure.closeOn(UnitKind.TEAM, teamId, today);
    audit.record(
        admin,
        AuditAction.STRUCTURE_CLOSED,
        null,
        RecordRef.of("SERVICE_TEAM", teamId),
        null,
        "service team "
            + before.name()
            + " covering "
            + names(before.districts())
            + " → closed on "
            + today);
  }

  private static String name(@Nullable String given) {
    if (given == null || given.isBlank() || given.strip().length() > MAX_NAME) {
      throw new ServiceTeamRuleException("name", "service.teams.error.name");
    }
    return given.strip();
  }

  /** The districts asked for: at least one, each the partnership's and covered by no other team. */
  private List<DistrictView> covered(
      CurrentUser admin, @Nullable UUID teamId, Collection<UUID> districtIds) {
    if (districtIds.isEmpty()) {
      throw new ServiceTeamRuleException("districtIds", "service.teams.error.noDistrict");
    }
    Map<UUID, DistrictView> districts = districts(admin);
    Set<UUID> elsewhere = new LinkedHashSet<>();
    for (ServiceTeams.Team t : teams.of(admin.partnershipId())) {
      if (!t.id().equals(teamId)) {
        elsewhere.addAll(t.districtIds());
      }
    }
    List<DistrictView> chosen = new ArrayList<>();
    for (UUID id : districtIds) {
      DistrictView d = districts.get(id);
      if (d == null) {
        throw new ServiceTeamRuleException("districtIds", "service.teams.error.noDistrict");
      }
      if (elsewhere.contains(id)) {
        throw new ServiceTeamRuleException("districtIds", "service.teams.error.districtTaken");
      }
      chosen.add(d);
    }
    return chosen;
  }

  private Map<UUID, DistrictView> districts(CurrentUser admin) {
    return directory.districts(admin.partnershipId()).stream()
        .collect(Collectors.toMap(DistrictView::id, Function.identity()));
  }

  private static String names(List<DistrictView> districts) {
    return districts.isEmpty()
        ? "none"
        : districts.stream().map(DistrictView::name).sorted().collect(Collectors.joining(", "));
  }
}
