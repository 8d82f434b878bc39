package org.lantern.access.data;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ApiClients extends JpaRepository<ApiClientEntity, UUID> {

  Optional<ApiClientEntity> findByClientId(String clientId);

  /** The agencies' clients, by name. */
  List<ApiClientEntity> findByAgencyIdInOrderByName(Collection<UUID> agencyIds);

  /** Notes a use, at most once a minute per client (not a write on every request). */
  @Modifying
  @Query(
      """
      update ApiClientEntity c set c.lastUsedAt = :at
      where c.id = :id and (c.lastUsedAt is null or c.lastUsedAt < :before)
      """)
  int used(UUID id, Instant at, Instant before);

  /** Whether another agency of the partnership already sends concerns as this source system. */
  @Query(
      """
      select count(c) > 0 from ApiClientEntity c, AgencyEntity a
      where c.agencyId = a.id and a.partnershipId = :partnershipId
        and c.sourceSystem = :sourceSystem and c.agencyId <> :agencyId
      """)
  boolean sourceSystemUsedElsewhere(UUID partnershipId, String sourceSystem, UUID agencyId);
}
