package org.lantern.casework.data;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NetworkMembers extends JpaRepository<NetworkMemberEntity, UUID> {

  List<NetworkMemberEntity> findByChildIdOrderByAddedAtAscIdAsc(UUID childId);

  List<NetworkMemberEntity> findByChildIdInAndEndedAtIsNull(Collection<UUID> childIds);

  List<NetworkMemberEntity> findByChildId(UUID childId);
}
