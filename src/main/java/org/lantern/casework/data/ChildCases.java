package org.lantern.casework.data;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lantern.casework.CaseStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ChildCases extends JpaRepository<ChildCaseEntity, UUID> {

  /** The child's case: one per child (reopened rather than made again). */
  Optional<ChildCaseEntity> findFirstByChildIdOrderByRoutedAtDesc(UUID childId);

  List<ChildCaseEntity> findByChildId(UUID childId);

  /** A team's queue, oldest first. */
  Page<ChildCaseEntity> findByTeamIdInAndStatusOrderByRoutedAtAscIdAsc(
      Collection<UUID> teamIds, CaseStatus status, Pageable page);

  long countByTeamIdInAndStatus(Collection<UUID> teamIds, CaseStatus status);

  /** A worker's caseload. */
  Page<ChildCaseEntity> findByWorkerUserIdAndStatusOrderByAllocatedAtDescIdAsc(
      UUID workerUserId, CaseStatus status, Pageable page);

  List<ChildCaseEntity> findByWorkerUserIdAndStatus(UUID workerUserId, CaseStatus status);

  long countByWorkerUserIdAndStatus(UUID workerUserId, CaseStatus status);

  /** A team's children held by its workers. */
  Page<ChildCaseEntity> findByTeamIdAndStatusOrderByWorkerUserIdAscAllocatedAtDescIdAsc(
      UUID teamId, CaseStatus status, Pageable page);

  List<ChildCaseEntity> findByTeamIdAndStatus(UUID teamId, CaseStatus status);
}
