package org.lantern.risk.data;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ToolVersionRecords extends JpaRepository<ToolVersionEntity, UUID> {

  Optional<ToolVersionEntity> findFirstByToolIdOrderByNumberDesc(UUID toolId);

  List<ToolVersionEntity> findByToolIdOrderByNumberDesc(UUID toolId);
}
