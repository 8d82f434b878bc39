package org.lantern.panel.data;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

public interface Presentations extends JpaRepository<PresentationEntity, UUID> {

  List<PresentationEntity> findByMeetingId(UUID meetingId);

  Optional<PresentationEntity> findByMeetingIdAndChildId(UUID meetingId, UUID childId);

  List<PresentationEntity> findByChildId(UUID childId);

  List<PresentationEntity> findByChildIdIn(Collection<UUID> childIds);

  List<PresentationEntity> findByMeetingIdIn(Collection<UUID> meetingIds);

  /** A form's version for a child with no presentation yet. */
  long NONE = -1;

  /**
   * Refused when the child's presentation is no longer as the person saw it: {@code seenVersion} is
   * its version then, or {@link #NONE} when there was none yet (null: not checked).
   */
  default void requireSeen(UUID meetingId, UUID childId, @Nullable Long seenVersion) {
    if (seenVersion == null) {
      return;
    }
    long now =
        findByMeetingIdAndChildId(meetingId, childId).map(PresentationEntity::version).orElse(NONE);
    if (now != seenVersion) {
      throw new ObjectOptimisticLockingFailureException(PresentationEntity.class, childId);
    }
  }
}
