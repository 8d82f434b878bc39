package org.lantern.access;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.UnitView.UnitKind;
import org.lantern.access.data.Agencies;
import org.lantern.access.data.AgencyEntity;
import org.lantern.access.data.DistrictEntity;
import org.lantern.access.data.Districts;
import org.lantern.access.data.LocalAuthorities;
import org.lantern.access.data.TeamEntity;
import org.lantern.access.data.Teams;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partnership's districts, agencies and teams as an administrator keeps them, closed ones too:
 * renamed, given contact numbers, closed from a date (never deleted: records name them). Who may
 * and the audit are the administration module's; this only keeps.
 */
@Service
public class PartnershipStructure {

  private final Districts districts;
  private final LocalAuthorities authorities;
  private final Agencies agencies;
  private final Teams teams;

  PartnershipStructure(
      Districts districts, Agencies agencies, Teams teams, LocalAuthorities authorities) {
    this.authorities = authorities;
    this.districts = districts;
    this.agencies = agencies;
    this.teams = teams;
  }

  @Transactional(readOnly = true)
  public List<UnitView> units(UUID partnershipId, UnitKind kind) {
    return switch (kind) {
      case LOCAL_AUTHORITY ->
          authorities.findByPartnershipIdOrderByName(partnershipId).stream()
              .map(
                  a ->
                      new UnitView(
                          UnitKind.LOCAL_AUTHORITY,
                          a.id(),
                          a.name(),
                          null,
                          null,
                          null,
                          null,
                          a.closedOn()))
              .toList();
      case DISTRICT ->
          districts.findByPartnershipIdOrderByName(partnershipId).stream()
              .map(PartnershipStructure::view)
              .toList();
      case AGENCY ->
          agencies.findByPartnershipIdOrderByName(partnershipId).stream()
              .map(PartnershipStructure::view)
              .toList();
      case TEAM -> {
        List<UUID> agencyIds =
            agencies.findByPartnershipIdOrderByName(partnershipId).stream()
                .map(AgencyEntity::id)
                .toList();
        if (agencyIds.isEmpty()) {
          yield List.of();
        }
        yield teams.findByAgencyIdInOrderByName(agencyIds).stream()
            .map(PartnershipStructure::view)
            .sorted(Comparator.comparing(UnitView::name))
            .toList();
      }
    };
  }

  /** The unit, if it is this partnership's. */
  @Transactional(readOnly = true)
  public Optional<UnitView> unit(UUID partnershipId, UnitKind kind, UUID id) {
    return units(partnershipId, kind).stream().filter(u -> u.id().equals(id)).findFirst();
  }

  /**
   * Whether another unit of this kind under the same parent (the partnership; a team's agency) has
   * this name in any case.
   */
  @Transactional(readOnly = true)
  public boolean nameTaken(
      UUID partnershipId,
      UnitKind kind,
      @Nullable UUID agencyId,
      String name,
      @Nullable UUID except) {
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    return units(partnershipId, kind).stream()
        .filter(u -> kind != UnitKind.TEAM || u.parentId().equals(agencyId))
        .filter(u -> !u.id().equals(except))
        .anyMatch(u -> u.name().toLowerCase(Locale.ROOT).equals(wanted));
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void rename(UnitKind kind, UUID id, String name) {
    switch (kind) {
      case LOCAL_AUTHORITY -> authorities.findById(id).orElseThrow().rename(name);
      case DISTRICT -> districts.findById(id).orElseThrow().rename(name);
      case AGENCY -> agencies.findById(id).orElseThrow().rename(name);
      case TEAM -> teams.findById(id).orElseThrow().rename(name);
    }
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void contacts(UUID agencyId, @Nullable String officeHours, @Nullable String outOfHours) {
    agencies.findById(agencyId).orElseThrow().contacts(officeHours, outOfHours);
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void closeOn(UnitKind kind, UUID id, LocalDate date) {
    switch (kind) {
      case LOCAL_AUTHORITY -> authorities.findById(id).orElseThrow().closeOn(date);
      case DISTRICT -> districts.findById(id).orElseThrow().closeOn(date);
      case AGENCY -> agencies.findById(id).orElseThrow().closeOn(date);
      case TEAM -> teams.findById(id).orElseThrow().closeOn(date);
    }
  }

  private static UnitView view(DistrictEntity d) {
    return new UnitView(
        UnitKind.DISTRICT, d.id(), d.name(), d.localAuthorityId(), null, null, null, d.closedOn());
  }

  private static UnitView view(AgencyEntity a) {
    return new UnitView(
        UnitKind.AGENCY,
        a.id(),
        a.name(),
        a.districtId(),
        a.kind(),
        a.officeHoursPhone(),
        a.outOfHoursPhone(),
        a.closedOn());
  }

  private static UnitView view(TeamEntity t) {
    return new UnitView(
        UnitKind.TEAM, t.id(), t.name(), t.agencyId(), null, null, null, t.closedOn());
  }
}
