package org.lantern.casework.data;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface CaseEvents extends JpaRepository<CaseEventEntity, UUID> {

  List<CaseEventEntity> findByChildIdOrderByHappenedAtAscIdAsc(UUID childId);

  List<CaseEventEntity> findByCaseIdOrderByHappenedAtDescIdAsc(UUID caseId);

  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query("update CaseEventEntity e set e.childId = :into where e.childId = :from")
  int moveAll(UUID from, UUID into);
}
