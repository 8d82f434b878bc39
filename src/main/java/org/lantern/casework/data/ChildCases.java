package org.lantern.casework.data;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lantern.casework.CaseStatus;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ChildCases extends JpaRepository<ChildCaseEntity, UUID> {

  /** The child's case: one per child (reopened rather than made again). */
  Optional<ChildCaseEntity> findFirstByChildIdOrderByRoutedAtDesc(UUID childId);

  List<ChildCaseEntity> findByChildId(UUID childId);

  long countByTeamIdInAndStatus(Collection<UUID> teamIds, CaseStatus status);

  List<ChildCaseEntity> findByWorkerUserIdAndStatus(UUID workerUserId, CaseStatus status);

  /** A worker's caseload. */
  long countByWorkerUserIdAndStatus(UUID workerUserId, CaseStatus status);

  List<ChildCaseEntity> findByTeamIdAndStatus(UUID teamId, CaseStatus status);

  long countByTeamIdAndStatus(UUID teamId, CaseStatus status);
}
