package org.lantern.flags;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AgencyKind;
import org.lantern.access.PartnershipStructure;
import org.lantern.access.Relationships;
import org.lantern.access.UnitView;
import org.lantern.access.UnitView.UnitKind;
import org.lantern.people.ChildPlacement;
import org.lantern.people.OtherAuthority;
import org.lantern.people.Responsibility;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is responsible for a child and whom to call: for a child placed here by another authority,
 * that authority and its worker; else the team the council allocated (and its agency's numbers);
 * else the front door of the child's district (the council agency for that district, or the
 * county's).
 *
 * <p>The partnership's agencies and teams (names, numbers, closures) are read on every flag check
 * and change a few times a year, so what was read for a partnership is believed for {@link #HOLD}
 * (10 seconds) on this copy of Lantern: a changed number or a renamed or closed team shows on the
 * checks within 10 seconds, not at once. What is read about the child (the allocated team, the
 * placement) is never held.
 */
@Service
public class ResponsibleTeams {

  /** How long the partnership's agencies and teams are believed once read. */
  static final Duration HOLD = Duration.ofSeconds(10);

  /** A partnership's agencies and teams as read, and until when they are believed. */
  private record Units(Map<UUID, UnitView> agencies, Map<UUID, UnitView> teams, Instant until) {}

  private final Relationships relationships;
  private final PartnershipStructure structure;
  private final Clock clock;
  private final ConcurrentHashMap<UUID, Units> held = new ConcurrentHashMap<>();

  ResponsibleTeams(Relationships relationships, PartnershipStructure structure, Clock clock) {
    this.relationships = relationships;
    this.structure = structure;
    this.clock = clock;
  }

  /** Who is responsible for the child already read (with its placement today) and whom to call. */
  @Transactional(readOnly = true)
  public Responsible of(FlagSubject child) {
    ChildPlacement placed = child.placement();
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
    UUID teamId = relationships.allocatedTeam(child.id());
    Units units = units(child.partnershipId());
    if (teamId != null) {
      UnitView team = units.teams().get(teamId);
      if (team != null && team.parentId() != null) {
        UnitView agency = units.agencies().get(team.parentId());
        if (agency != null) {
          return new Responsible(
              agency.name(),
              team.name(),
              agency.officeHoursPhone(),
              agency.outOfHoursPhone(),
              false);
        }
      }
    }
    return frontDoor(units, child.child().districtId())
        .map(a -> new Responsible(a.name(), null, a.officeHoursPhone(), a.outOfHoursPhone(), true))
        .orElse(new Responsible("", null, null, null, true));
  }

  /** The partnership's front door (its county council agency) and its numbers. */
  @Transactional(readOnly = true)
  public Responsible frontDoor(UUID partnershipId) {
    return frontDoor(units(partnershipId), null)
        .map(a -> new Responsible(a.name(), null, a.officeHoursPhone(), a.outOfHoursPhone(), true))
        .orElse(new Responsible("", null, null, null, true));
  }

  /** The partnership's agencies and teams: as read within the last {@link #HOLD}, else afresh. */
  private Units units(UUID partnershipId) {
    Instant now = clock.instant();
    Units known = held.get(partnershipId);
    if (known != null && now.isBefore(known.until()) && !now.isBefore(known.until().minus(HOLD))) {
      return known;
    }
    Units read =
        new Units(
            byId(structure.units(partnershipId, UnitKind.AGENCY)),
            byId(structure.units(partnershipId, UnitKind.TEAM)),
            now.plus(HOLD));
    if (held.size() >= 1_000) {
      held.clear();
    }
    held.put(partnershipId, read);
    return read;
  }

  private static Map<UUID, UnitView> byId(List<UnitView> units) {
    Map<UUID, UnitView> byId = new LinkedHashMap<>();
    units.forEach(u -> byId.put(u.id(), u));
    return byId;
  }

  /** The council agency for the district, else the county's council agency. */
  private static Optional<UnitView> frontDoor(Units units, @Nullable UUID districtId) {
    List<UnitView> councils =
        units.agencies().values().stream()
            .filter(a -> a.agencyKind() == AgencyKind.COUNCIL && !a.closed())
            .sorted(Comparator.comparing(UnitView::name))
            .toList();
    return councils.stream()
        .filter(a -> districtId != null && districtId.equals(a.parentId()))
        .findFirst()
        .or(() -> councils.stream().filter(a -> a.parentId() == null).findFirst())
        .or(() -> councils.stream().findFirst());
  }
}
