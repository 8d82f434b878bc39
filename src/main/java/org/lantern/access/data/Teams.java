package org.lantern.access.data;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Teams extends JpaRepository<TeamEntity, UUID> {

  /** The teams of these agencies, by name. */
  List<TeamEntity> findByAgencyIdInOrderByName(Collection<UUID> agencyIds);
}
