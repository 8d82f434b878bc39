package org.lantern.risk.data;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ToolRecords extends JpaRepository<ToolEntity, UUID> {

  Optional<ToolEntity> findByPartnershipIdAndToolKey(UUID partnershipId, String toolKey);

  List<ToolEntity> findByPartnershipIdOrderByToolKey(UUID partnershipId);
}
