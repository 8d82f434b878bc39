package org.lantern.panel;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
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
import org.lantern.panel.data.CountyManagers;
import org.lantern.panel.data.PanelEntity;
import org.lantern.panel.data.PanelRecords;
import org.lantern.platform.RecordNotFoundException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The district panels' configuration: one panel per district with its chair (a council manager's
 * account), member agencies, how often it meets (every two months unless set) and the next date;
 * and the partnership's county managers, who review escalated children.
 */
@Service
public class Panels {

  /** How often a panel meets unless the partnership says otherwise. */
  public static final int DEFAULT_INTERVAL_MONTHS = 2;

  private final PanelRecords panels;
  private final CountyManagers countyManagers;
  private final Directory directory;
  private final AccessPolicy policy;
  private final AuditLog audit;
  private final Clock clock;

  Panels(
      PanelRecords panels,
      CountyManagers countyManagers,
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

  /** What the coordinator sets for a district's panel. */
  public record Settings(
      @Nullable UUID chairUserId,
      Set<UUID> memberAgencies,
      int intervalMonths,
      @Nullable LocalDate nextMeetingOn) {}

  /** Every district of the partnership with its panel (configured or not). */
  @Transactional(readOnly = true)
  public List<PanelView> all(CurrentUser user) {
    requireSees(user);
    Map<UUID, PanelEntity> byDistrict =
        panels.findByPartnershipId(user.partnershipId()).stream()
            .collect(Collectors.toMap(PanelEntity::districtId, p -> p));
    return directory.districts(user.partnershipId()).stream()
        .map(d -> view(d, byDistrict.get(d.id()), user.partnershipId()))
        .toList();
  }

  @Transactional(readOnly = true)
  public PanelView of(CurrentUser user, UUID districtId) {
    requireSees(user);
    DistrictView district = district(user, districtId);
    return view(district, panels.findByDistrictId(districtId).orElse(null), user.partnershipId());
  }

  /**
   * Sets a district's panel (making it if it is new). The chair must be a team manager of the
   * partnership, the agencies the partnership's, the interval 1 to 12 months.
   */
  @Transactional
  public UUID configure(CurrentUser user, UUID districtId, Settings settings, long version) {
    RecordRef ref = RecordRef.of("DISTRICT", districtId);
    policy.requireRole(user, Permission.MANAGE_PANELS, ref);
    DistrictView district = district(user, districtId);
    audit.record(user, AuditAction.MANAGE_PANELS, null, ref, null, "configure panel");
    if (settings.intervalMonths() < 1 || settings.intervalMonths() > 12) {
      throw new PanelRuleException("intervalMonths", "panel.error.interval");
    }
    if (settings.chairUserId() != null
        && chairs(user.partnershipId()).stream()
            .noneMatch(u -> u.id().equals(settings.chairUserId()))) {
      throw new PanelRuleException("chairUserId", "panel.error.chair");
    }
    Set<UUID> ours =
        directory.agencies(user.partnershipId()).stream()
            .map(AgencyView::id)
            .collect(Collectors.toSet());
    if (!ours.containsAll(settings.memberAgencies())) {
      throw new PanelRuleException("memberAgencies", "panel.error.agency");
    }
    PanelEntity panel =
        panels
            .findByDistrictId(district.id())
            .orElseGet(
                () ->
                    new PanelEntity(
                        user.partnershipId(),
                        district.id(),
                        DEFAULT_INTERVAL_MONTHS,
                        clock.instant()));
    if (!panel.isNew() && panel.version() != version) {
      throw new ObjectOptimisticLockingFailureException(PanelEntity.class, panel.id());
    }
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

  private DistrictView district(CurrentUser user, UUID districtId) {
    return directory.districts(user.partnershipId()).stream()
        .filter(d -> d.id().equals(districtId))
        .findFirst()
        .orElseThrow(() -> new RecordNotFoundException("district", districtId));
  }

  private PanelView view(DistrictView district, @Nullable PanelEntity panel, UUID partnershipId) {
    if (panel == null) {
      return new PanelView(
          null,
          district.id(),
          district.name(),
          null,
          null,
          List.of(),
          DEFAULT_INTERVAL_MONTHS,
          null,
          0);
    }
    Map<UUID, AgencyView> agencies =
        directory.agencies(partnershipId).stream()
            .collect(Collectors.toMap(AgencyView::id, a -> a));
    String chairName =
        panel.chairUserId() == null
            ? null
            : directory.user(panel.chairUserId()).map(UserView::displayName).orElse(null);
    return new PanelView(
        panel.id(),
        district.id(),
        district.name(),
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
