package org.lantern.access.data;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Teams extends JpaRepository<TeamEntity, UUID> {}
