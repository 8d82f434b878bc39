package org.lantern.risk.data;

import java.util.List;
import java.util.UUID;
import org.lantern.risk.ServiceReferralStatus;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ServiceReferralRecords extends JpaRepository<ServiceReferral, UUID> {

  List<ServiceReferral> findByPartnershipIdAndStatusOrderByReferredAtAsc(
      UUID partnershipId, ServiceReferralStatus status);

  List<ServiceReferral> findByChildIdOrderByReferredAtDesc(UUID childId);

  long countByPartnershipIdAndStatus(UUID partnershipId, ServiceReferralStatus status);
}
