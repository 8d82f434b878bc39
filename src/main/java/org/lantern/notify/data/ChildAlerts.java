package org.lantern.notify.data;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ChildAlerts extends JpaRepository<ChildAlertEntity, UUID> {

  List<ChildAlertEntity> findByRecipientUserIdOrderByLastAtDesc(UUID recipientUserId, Limit limit);

  long countByRecipientUserIdAndReadAtIsNull(UUID recipientUserId);

  List<ChildAlertEntity> findByChildIdOrderByLastAtAsc(UUID childId);
}
