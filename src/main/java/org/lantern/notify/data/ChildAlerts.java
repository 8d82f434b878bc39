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
      findFirstByRecipientUserIdAndChildIdAndDetailIsNullAndReadAtIsNullAndLastAtGreaterThanEqualOrderByLastAtDesc(
          UUID recipientUserId, UUID childId, Instant since);

  /** As above, about one thing within the child (the setting that checked). */
  Optional<ChildAlertEntity>
      findFirstByRecipientUserIdAndChildIdAndDetailAndReadAtIsNullAndLastAtGreaterThanEqualOrderByLastAtDesc(
          UUID recipientUserId, UUID childId, String detail, Instant since);

  List<ChildAlertEntity> findByRecipientUserIdOrderByLastAtDesc(UUID recipientUserId, Limit limit);

  long countByRecipientUserIdAndReadAtIsNull(UUID recipientUserId);

  List<ChildAlertEntity> findByChildIdOrderByLastAtAsc(UUID childId);
}
