package org.lantern.access.data;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The partnerships' own single sign-on mappings ({@code access.SingleSignOnMappings} reads them).
 */
public interface SingleSignOnMappingRecords extends JpaRepository<SingleSignOnMappingEntity, UUID> {

  /** A partnership's mappings in the order they are tried. */
  List<SingleSignOnMappingEntity> findByPartnershipIdOrderBySortOrder(UUID partnershipId);

  /** Every partnership's mappings, each partnership's in the order they are tried. */
  List<SingleSignOnMappingEntity> findAllByOrderBySortOrderAscPartnershipIdAsc();
}
