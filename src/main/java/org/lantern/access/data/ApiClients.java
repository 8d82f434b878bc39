package org.lantern.access.data;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ApiClients extends JpaRepository<ApiClientEntity, UUID> {

  Optional<ApiClientEntity> findByClientId(String clientId);

  /** Whether another agency of the partnership already sends concerns as this source system. */
  @Query(
      """
      select count(c) > 0 from ApiClientEntity c, AgencyEntity a
      where c.agencyId = a.id and a.partnershipId = :partnershipId
        and c.sourceSystem = :sourceSystem and c.agencyId <> :agencyId
      """)
  boolean sourceSystemUsedElsewhere(UUID partnershipId, String sourceSystem, UUID agencyId);
}
