package org.lantern.strategy.data;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Child protection conferences. */
public interface Conferences extends JpaRepository<ConferenceEntity, UUID> {

  List<ConferenceEntity> findByChildIdOrderByHeldOnAsc(UUID childId);

  boolean existsByDiscussionId(UUID discussionId);

  boolean existsByChildIdAndRecordedByUserId(UUID childId, UUID userId);
}
