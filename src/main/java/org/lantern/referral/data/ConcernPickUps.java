package org.lantern.referral.data;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ConcernPickUps extends JpaRepository<ConcernPickUpEntity, UUID> {

  List<ConcernPickUpEntity> findByConcernIdIn(Collection<UUID> concernIds);

  /** Puts a concern down, whoever had it; how many rows went (0 or 1). */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query("delete from ConcernPickUpEntity p where p.concernId = :concernId")
  int putDown(UUID concernId);
}
