package org.lantern.panel.data;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgendaItems extends JpaRepository<AgendaItemEntity, UUID> {

  List<AgendaItemEntity> findByMeetingIdOrderByAddedAtAscIdAsc(UUID meetingId);

  Optional<AgendaItemEntity> findByMeetingIdAndChildId(UUID meetingId, UUID childId);

  List<AgendaItemEntity> findByChildId(UUID childId);

  List<AgendaItemEntity> findByMeetingIdIn(Collection<UUID> meetingIds);
}
