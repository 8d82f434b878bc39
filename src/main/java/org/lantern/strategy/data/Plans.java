package org.lantern.strategy.data;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Child protection plans. */
public interface Plans extends JpaRepository<PlanEntity, UUID> {

  Optional<PlanEntity> findFirstByChildIdAndEndedOnIsNull(UUID childId);

  List<PlanEntity> findByChildIdOrderByStartedOnAsc(UUID childId);

  List<PlanEntity> findByLeadSocialWorkerUserIdAndEndedOnIsNullAndNextReviewOnBefore(
      UUID userId, LocalDate today);
}
