package org.lantern.panel.data;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PanelRecords extends JpaRepository<PanelEntity, UUID> {

  List<PanelEntity> findByPartnershipId(UUID partnershipId);

  /** The panel whose area covers the district. */
  @Query("select p from PanelEntity p where :districtId member of p.districtIds")
  Optional<PanelEntity> findByDistrict(@Param("districtId") UUID districtId);
}
