package org.lantern.access;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.lantern.access.data.DistrictEntity;
import org.lantern.access.data.Districts;
import org.lantern.access.data.LocalAuthorities;
import org.lantern.access.data.LocalAuthorityEntity;
import org.lantern.access.data.Partnerships;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The local authorities (councils) of each partnership and which one each district belongs to, so
 * that reports can give figures by authority and in total. Who may change them, and the audit, are
 * the administration module's; this only keeps.
 */
@Service
public class Authorities {

  private final LocalAuthorities authorities;
  private final Districts districts;
  private final Partnerships partnerships;

  Authorities(LocalAuthorities authorities, Districts districts, Partnerships partnerships) {
    this.authorities = authorities;
    this.districts = districts;
    this.partnerships = partnerships;
  }

  /** The partnership's authorities, closed ones too, by name. */
  @Transactional(readOnly = true)
  public List<LocalAuthorityView> of(UUID partnershipId) {
    return authorities.findByPartnershipIdOrderByName(partnershipId).stream()
        .map(Authorities::view)
        .toList();
  }

  /** The authority a district belongs to. */
  @Transactional(readOnly = true)
  public Optional<LocalAuthorityView> ofDistrict(UUID districtId) {
    return districts
        .findById(districtId)
        .flatMap(d -> authorities.findById(d.localAuthorityId()))
        .map(Authorities::view);
  }

  /** The authority of each of the partnership's districts, by district id (for grouping). */
  @Transactional(readOnly = true)
  public Map<UUID, LocalAuthorityView> byDistrict(UUID partnershipId) {
    Map<UUID, LocalAuthorityView> all = new HashMap<>();
    of(partnershipId).forEach(a -> all.put(a.id(), a));
    Map<UUID, LocalAuthorityView> found = new HashMap<>();
    for (DistrictEntity d : districts.findByPartnershipIdOrderByName(partnershipId)) {
      found.put(d.id(), all.get(d.localAuthorityId()));
    }
    return found;
  }

  @Transactional
  public UUID create(UUID partnershipId, String name) {
    return authorities
        .save(new LocalAuthorityEntity(UUID.randomUUID(), partnershipId, name.strip()))
        .id();
  }

  /**
   * The authority a new district belongs to unless one is chosen: the partnership's first open one,
   * or (for a partnership with none yet) a new one named after the partnership.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  UUID defaultFor(UUID partnershipId) {
    return authorities.findByPartnershipIdOrderByName(partnershipId).stream()
        .filter(a -> a.closedOn() == null)
        .min(Comparator.comparing((LocalAuthorityEntity a) -> !a.id().equals(partnershipId)))
        .map(LocalAuthorityEntity::id)
        .orElseGet(
            () ->
                authorities
                    .save(
                        new LocalAuthorityEntity(
                            partnershipId,
                            partnershipId,
                            partnerships.findById(partnershipId).orElseThrow().name()))
                    .id());
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void rename(UUID authorityId, String name) {
    authorities.findById(authorityId).orElseThrow().rename(name.strip());
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void closeOn(UUID authorityId, LocalDate date) {
    authorities.findById(authorityId).orElseThrow().closeOn(date);
  }

  /** Moves a district to another authority of its partnership. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void move(UUID districtId, UUID authorityId) {
    districts.findById(districtId).orElseThrow().belongTo(authorityId);
  }

  private static LocalAuthorityView view(LocalAuthorityEntity a) {
    return new LocalAuthorityView(a.id(), a.partnershipId(), a.name(), a.closedOn());
  }
}
