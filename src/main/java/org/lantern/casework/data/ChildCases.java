package org.lantern.casework.data;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lantern.casework.CaseStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ChildCases extends JpaRepository<ChildCase, UUID> {

  /** The child's case: one per child (reopened rather than made again). */
  Optional<ChildCase> findFirstByChildIdOrderByRoutedAtDesc(UUID childId);

  List<ChildCase> findByChildId(UUID childId);

  /** A team's queue, oldest first. */
  Page<ChildCase> findByTeamIdInAndStatusOrderByRoutedAtAscIdAsc(
      Collection<UUID> teamIds, CaseStatus status, Pageable page);

  long countByTeamIdInAndStatus(Collection<UUID> teamIds, CaseStatus status);

  /** A worker's caseload. */
  Page<ChildCase> findByWorkerUserIdAndStatusOrderByAllocatedAtDescIdAsc(
      UUID workerUserId, CaseStatus status, Pageable page);

  List<ChildCase> findByWorkerUserIdAndStatus(UUID workerUserId, CaseStatus status);

  long countByWorkerUserIdAndStatus(UUID workerUserId, CaseStatus status);

  /** A team's children held by its workers. */
  Page<ChildCase> findByTeamIdAndStatusOrderByWorkerUserIdAscAllocatedAtDescIdAsc(
      UUID teamId, CaseStatus status, Pageable page);

  List<ChildCase> findByTeamIdAndStatus(UUID teamId, CaseStatus status);
}
