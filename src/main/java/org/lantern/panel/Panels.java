package org.lantern.panel;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccessPolicy;
import org.lantern.access.AgencyView;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditLog;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.access.DistrictView;
import org.lantern.access.Permission;
import org.lantern.access.RecordRef;
import org.lantern.access.Role;
import org.lantern.access.UserView;
import org.lantern.panel.data.CountyManagerRows;
import org.lantern.panel.data.PanelEntity;
import org.lantern.panel.data.PanelRecords;
import org.lantern.platform.FieldProblems;
import org.lantern.platform.FieldRuleException;
import org.lantern.platform.RecordNotFoundException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The panels and the areas they cover: each panel has a name and one or more districts (a district
 * is in one area at most: seed 002 ¶72 has four panels for eight districts), its chair (a council
 * manager's account), member agencies, how often it meets (every two months unless set) and the
 * next date; and the partnership's county managers, who review escalated children.
 */
@Service
public class Panels {

  /** How often a panel meets unless the partnership says otherwise. */
  public static final int DEFAULT_INTERVAL_MONTHS = 2;

  /** The longest name of a panel area. */
  public static final int MAX_NAME = 200;

  private final PanelRecords panels;
  private final CountyManagerRows countyManagers;
  private final Directory directory;
  private final AccessPolicy policy;
  private final AuditLog audit;
  private final Clock clock;

  Panels(
      PanelRecords panels,
      CountyManagerRows countyManagers,
      Directory directory,
      AccessPolicy policy,
      AuditLog audit,
      Clock clock) {
    this.panels = panels;
    this.countyManagers = countyManagers;
    this.directory = directory;
    this.policy = policy;
    this.audit = audit;
    this.clock = clock;
  }

  /** What the coordinator sets for a panel and its area. */
  public record Settings(
      @Nullable String name,
      Set<UUID> districtIds,
      @Nullable UUID chairUserId,
      Set<UUID> memberAgencies,
      int intervalMonths,
      @Nullable LocalDate nextMeetingOn) {}

  /** Every panel of the partnership, by name. */
  @Transactional(readOnly = true)
  public List<PanelView> all(CurrentUser user) {
    requireSees(user);
    Map<UUID, DistrictView> districts = districts(user.partnershipId());
    return panels.findByPartnershipId(user.partnershipId()).stream()
        .map(p -> view(p, districts, user.partnershipId()))
        .sorted(Comparator.comparing(PanelView::name, String.CASE_INSENSITIVE_ORDER))
        .toList();
  }

  /** The partnership's districts that no panel area covers yet. */
  @Transactional(readOnly = true)
  public List<DistrictView> uncovered(CurrentUser user) {
    requireSees(user);
    Set<UUID> covered =
        panels.findByPartnershipId(user.partnershipId()).stream()
            .flatMap(p -> p.districtIds().stream())
            .collect(Collectors.toSet());
    return directory.districts(user.partnershipId()).stream()
        .filter(d -> !covered.contains(d.id()))
        .toList();
  }

  @Transactional(readOnly = true)
  public PanelView of(CurrentUser user, UUID panelId) {
    requireSees(user);
    return view(entity(user, panelId), districts(user.partnershipId()), user.partnershipId());
  }

  /**
   * Sets a panel up ({@code panelId} null: a new one) with its area. The name is needed, the area
   * one or more of the partnership's districts none of which another panel covers; the chair must
   * be a team manager of the partnership, the agencies the partnership's, the interval 1 to 12
   * months.
   */
  @Transactional
  public UUID configure(CurrentUser user, @Nullable UUID panelId, Settings settings, long version) {
    return configure(user, panelId, settings, version, List.of());
  }

  /**
   * Sets up or changes a panel, after the problems the form found itself (a number or date it could
   * not read): with any, nothing is saved, but every rule is still checked so that all are shown at
   * once.
   */
  @Transactional
  public UUID configure(
      CurrentUser user,
      @Nullable UUID panelId,
      Settings settings,
      long version,
      List<FieldRuleException.Problem> foundByTheForm) {
    RecordRef ref =
        panelId == null
            ? RecordRef.of("PARTNERSHIP", user.partnershipId())
            : RecordRef.of("PANEL", panelId);
    policy.requireRole(user, Permission.MANAGE_PANELS, ref);
    PanelEntity existing = panelId == null ? null : entity(user, panelId);
    audit.record(
        user,
        AuditAction.MANAGE_PANELS,
        null,
        ref,
        null,
        existing == null ? "set up a panel" : "configure panel");
    String name = settings.name() == null ? "" : settings.name().strip();
    FieldProblems problems = FieldProblems.after(foundByTheForm);
    problems.addIf(name.isEmpty() || name.length() > MAX_NAME, "name", "panel.error.name");
    problems.addIf(settings.districtIds().isEmpty(), "districtIds", "panel.error.noDistricts");
    problems.addIf(
        !districts(user.partnershipId()).keySet().containsAll(settings.districtIds()),
        "districtIds",
        "panel.error.district");
    problems.addIf(
        panels.findByPartnershipId(user.partnershipId()).stream()
            .filter(p -> existing == null || !p.id().equals(existing.id()))
            .anyMatch(p -> p.districtIds().stream().anyMatch(settings.districtIds()::contains)),
        "districtIds",
        "panel.error.districtTaken");
    problems.addIf(
        settings.intervalMonths() < 1 || settings.intervalMonths() > 12,
        "intervalMonths",
        "panel.error.interval");
    problems.addIf(
        settings.chairUserId() != null
            && chairs(user.partnershipId()).stream()
                .noneMatch(u -> u.id().equals(settings.chairUserId())),
        "chairUserId",
        "panel.error.chair");
    Set<UUID> ours =
        directory.agencies(user.partnershipId()).stream()
            .map(AgencyView::id)
            .collect(Collectors.toSet());
    problems.addIf(
        !ours.containsAll(settings.memberAgencies()), "memberAgencies", "panel.error.agency");
    problems.throwIfAny(PanelRuleException::new);
    PanelEntity panel =
        existing != null
            ? existing
            : new PanelEntity(
                user.partnershipId(),
                name,
                settings.districtIds(),
                DEFAULT_INTERVAL_MONTHS,
                clock.instant());
    if (!panel.isNew() && panel.version() != version) {
      throw new ObjectOptimisticLockingFailureException(PanelEntity.class, panel.id());
    }
    panel.cover(name, settings.districtIds(), clock.instant());
    panel.configure(
        settings.chairUserId(),
        settings.memberAgencies(),
        settings.intervalMonths(),
        settings.nextMeetingOn(),
        clock.instant());
    return panels.save(panel).id();
  }

  /** The people who may chair a panel: the partnership's team managers. */
  @Transactional(readOnly = true)
  public List<UserView> chairs(UUID partnershipId) {
    return directory.usersWithRole(partnershipId, Role.TEAM_MANAGER);
  }

  @Transactional(readOnly = true)
  public List<UUID> countyManagers(CurrentUser user) {
    requireSees(user);
    return countyManagers.of(user.partnershipId());
  }

  /** Names the partnership's county managers (team managers; see docs/panels.md for why). */
  @Transactional
  public void setCountyManagers(CurrentUser user, Collection<UUID> userIds) {
    RecordRef ref = RecordRef.of("PARTNERSHIP", user.partnershipId());
    policy.requireRole(user, Permission.MANAGE_PANELS, ref);
    audit.record(user, AuditAction.MANAGE_PANELS, null, ref, null, "set county managers");
    Set<UUID> managers =
        chairs(user.partnershipId()).stream().map(UserView::id).collect(Collectors.toSet());
    if (!managers.containsAll(userIds)) {
      throw new PanelRuleException("countyManagers", "panel.error.countyManager");
    }
    countyManagers.replace(user.partnershipId(), Set.copyOf(userIds));
  }

  /** Those who configure panels, and the coordinator who runs them. */
  private void requireSees(CurrentUser user) {
    if (!policy.roleAllows(user, Permission.RUN_PANEL)) {
      policy.requireRole(user, Permission.MANAGE_PANELS);
    }
  }

  private PanelEntity entity(CurrentUser user, UUID panelId) {
    return panels
        .findById(panelId)
        .filter(p -> p.partnershipId().equals(user.partnershipId()))
        .orElseThrow(() -> new RecordNotFoundException("panel", panelId));
  }

  private Map<UUID, DistrictView> districts(UUID partnershipId) {
    Map<UUID, DistrictView> byId = new LinkedHashMap<>();
    directory.districts(partnershipId).forEach(d -> byId.put(d.id(), d));
    return byId;
  }

  private PanelView view(PanelEntity panel, Map<UUID, DistrictView> districts, UUID partnershipId) {
    Map<UUID, AgencyView> agencies =
        directory.agencies(partnershipId).stream()
            .collect(Collectors.toMap(AgencyView::id, a -> a));
    String chairName =
        panel.chairUserId() == null
            ? null
            : directory.user(panel.chairUserId()).map(UserView::displayName).orElse(null);
    return new PanelView(
        panel.id(),
        panel.name(),
        districts.values().stream().filter(d -> panel.covers(d.id())).toList(),
        panel.chairUserId(),
        chairName,
        panel.memberAgencies().stream()
            .map(agencies::get)
            .filter(a -> a != null)
            .sorted(Comparator.comparing(AgencyView::name))
            .toList(),
        panel.intervalMonths(),
        panel.nextMeetingOn(),
        panel.version());
  }
}
