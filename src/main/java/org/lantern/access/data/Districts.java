package org.lantern.access.data;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Districts extends JpaRepository<DistrictEntity, UUID> {

  List<DistrictEntity> findByPartnershipIdOrderByName(UUID partnershipId);
}
