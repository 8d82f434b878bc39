package org.lantern.panel.data;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PanelRecords extends JpaRepository<PanelEntity, UUID> {

  List<PanelEntity> findByPartnershipId(UUID partnershipId);

  Optional<PanelEntity> findByDistrictId(UUID districtId);
}
