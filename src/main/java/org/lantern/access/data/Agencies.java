package org.lantern.access.data;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Agencies extends JpaRepository<AgencyEntity, UUID> {

  List<AgencyEntity> findByPartnershipIdOrderByName(UUID partnershipId);
}
