package org.lantern.notify.data;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ChildAlerts extends JpaRepository<ChildAlertEntity, UUID> {

  /** The latest unread notice to this person about this child since {@code since}, if any. */
  Optional<ChildAlertEntity>
      findFirstByRecipientUserIdAndChildIdAndReadAtIsNullAndLastAtGreaterThanEqualOrderByLastAtDesc(
          UUID recipientUserId, UUID childId, Instant since);

  List<ChildAlertEntity> findByRecipientUserIdOrderByLastAtDesc(UUID recipientUserId, Limit limit);

  long countByRecipientUserIdAndReadAtIsNull(UUID recipientUserId);

  List<ChildAlertEntity> findByChildIdOrderByLastAtAsc(UUID childId);
}
