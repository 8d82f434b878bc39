package org.lantern.notify.data;

import java.util.List;
import java.util.UUID;
import org.lantern.notify.NotificationKind;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NotificationRows extends JpaRepository<NotificationEntity, UUID> {

  List<NotificationEntity> findByRecipientUserIdOrderByCreatedAtDesc(UUID recipient, Limit limit);

  long countByRecipientUserIdAndReadAtIsNull(UUID recipient);

  boolean existsByRecipientUserIdAndConcernIdAndKind(
      UUID recipient, UUID concernId, NotificationKind kind);
}
