package org.lantern.flags;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AgencyKind;
import org.lantern.access.PartnershipStructure;
import org.lantern.access.Relationships;
import org.lantern.access.UnitView;
import org.lantern.access.UnitView.UnitKind;
import org.lantern.people.ChildPlacement;
import org.lantern.people.ChildSummary;
import org.lantern.people.OtherAuthority;
import org.lantern.people.Placements;
import org.lantern.people.Responsibility;
import org.lantern.platform.LanternTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is responsible for a child and whom to call: for a child placed here by another authority,
 * that authority and its worker; else the team the council allocated (and its agency's numbers);
 * else the front door of the child's district (the council agency for that district, or the
 * county's).
 */
@Service
public class ResponsibleTeams {

  private final Relationships relationships;
  private final PartnershipStructure structure;
  private final Placements placements;
  private final Clock clock;

  ResponsibleTeams(
      Relationships relationships,
      PartnershipStructure structure,
      Placements placements,
      Clock clock) {
    this.relationships = relationships;
    this.structure = structure;
    this.placements = placements;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Responsible of(ChildSummary child) {
    UUID id = child.id();
    ChildPlacement placed =
        placements.currentOn(id, LocalDate.now(clock.withZone(LanternTime.ZONE))).orElse(null);
    if (placed != null
        && placed.responsibility() == Responsibility.PLACED_HERE_BY_ANOTHER_AUTHORITY
        && placed.authority() != null) {
      OtherAuthority by = placed.authority();
      return new Responsible(
          by.name(),
          by.team() != null ? by.team() : by.contactName(),
          by.officeHoursPhone(),
          by.outOfHoursPhone(),
          false);
    }
    UUID teamId = relationships.allocatedTeam(id);
    if (teamId != null) {
      Optional<UnitView> team = structure.unit(child.partnershipId(), UnitKind.TEAM, teamId);
      if (team.isPresent() && team.get().parentId() != null) {
        Optional<UnitView> agency =
            structure.unit(child.partnershipId(), UnitKind.AGENCY, team.get().parentId());
        if (agency.isPresent()) {
          return new Responsible(
              agency.get().name(),
              team.get().name(),
              agency.get().officeHoursPhone(),
              agency.get().outOfHoursPhone(),
              false);
        }
      }
    }
    return frontDoor(child.partnershipId(), child.districtId())
        .map(a -> new Responsible(a.name(), null, a.officeHoursPhone(), a.outOfHoursPhone(), true))
        .orElse(new Responsible("", null, null, null, true));
  }

  /** The partnership's front door (its county council agency) and its numbers. */
  @Transactional(readOnly = true)
  public Responsible frontDoor(UUID partnershipId) {
    return frontDoor(partnershipId, null)
        .map(a -> new Responsible(a.name(), null, a.officeHoursPhone(), a.outOfHoursPhone(), true))
        .orElse(new Responsible("", null, null, null, true));
  }

  /** The council agency for the district, else the county's council agency. */
  private Optional<UnitView> frontDoor(UUID partnershipId, @Nullable UUID districtId) {
    List<UnitView> councils =
        structure.units(partnershipId, UnitKind.AGENCY).stream()
            .filter(a -> a.agencyKind() == AgencyKind.COUNCIL && !a.closed())
            .sorted(Comparator.comparing(UnitView::name))
            .toList();
    Map<Boolean, List<UnitView>> byDistrict =
        Map.of(
            true,
            councils.stream()
                .filter(a -> districtId != null && districtId.equals(a.parentId()))
                .toList(),
            false,
            councils.stream().filter(a -> a.parentId() == null).toList());
    return byDistrict.get(true).stream()
        .findFirst()
        .or(() -> byDistrict.get(false).stream().findFirst())
        .or(() -> councils.stream().findFirst());
  }
}
