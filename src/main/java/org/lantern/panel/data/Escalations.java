package org.lantern.panel.data;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Escalations extends JpaRepository<EscalationEntity, UUID> {

  List<EscalationEntity> findByPartnershipIdOrderByOpenedAtAsc(UUID partnershipId);

  List<EscalationEntity> findByChildIdOrderByOpenedAtAsc(UUID childId);

  List<EscalationEntity> findByDistrictIdInOrderByOpenedAtAsc(Collection<UUID> districtIds);
}
