package org.lantern.access.data;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ApiClients extends JpaRepository<ApiClientEntity, UUID> {

  Optional<ApiClientEntity> findByClientId(String clientId);
}
