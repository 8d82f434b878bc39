package org.lantern.strategy.data;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Child protection plans. */
public interface Plans extends JpaRepository<Plan, UUID> {

  Optional<Plan> findFirstByChildIdAndEndedOnIsNull(UUID childId);

  List<Plan> findByChildIdOrderByStartedOnAsc(UUID childId);

  List<Plan> findByLeadSocialWorkerUserIdAndEndedOnIsNullAndNextReviewOnBefore(
      UUID userId, LocalDate today);
}
