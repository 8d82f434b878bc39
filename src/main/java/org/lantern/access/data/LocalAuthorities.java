package org.lantern.access.data;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LocalAuthorities extends JpaRepository<LocalAuthorityEntity, UUID> {

  List<LocalAuthorityEntity> findByPartnershipIdOrderByName(UUID partnershipId);
}
