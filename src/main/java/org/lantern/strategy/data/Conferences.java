package org.lantern.strategy.data;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Child protection conferences. */
public interface Conferences extends JpaRepository<Conference, UUID> {

  List<Conference> findByChildIdOrderByHeldOnAsc(UUID childId);

  boolean existsByDiscussionId(UUID discussionId);

  boolean existsByChildIdAndRecordedByUserId(UUID childId, UUID userId);
}
