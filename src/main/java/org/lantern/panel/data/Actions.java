package org.lantern.panel.data;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.lantern.panel.ActionStatus;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Actions extends JpaRepository<ActionEntity, UUID> {

  List<ActionEntity> findByPresentationIdOrderByCreatedAtAscIdAsc(UUID presentationId);

  List<ActionEntity> findByMeetingId(UUID meetingId);

  List<ActionEntity> findByChildIdOrderByDueOnAsc(UUID childId);

  List<ActionEntity> findByChildIdInAndStatus(Collection<UUID> childIds, ActionStatus status);

  List<ActionEntity> findByOwnerUserIdAndStatusOrderByDueOnAsc(
      UUID ownerUserId, ActionStatus status);

  List<ActionEntity> findByMeetingIdIn(Collection<UUID> meetingIds);
}
