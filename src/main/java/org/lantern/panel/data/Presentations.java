package org.lantern.panel.data;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Presentations extends JpaRepository<PresentationEntity, UUID> {

  List<PresentationEntity> findByMeetingId(UUID meetingId);

  Optional<PresentationEntity> findByMeetingIdAndChildId(UUID meetingId, UUID childId);

  List<PresentationEntity> findByChildId(UUID childId);

  List<PresentationEntity> findByChildIdIn(Collection<UUID> childIds);

  List<PresentationEntity> findByMeetingIdIn(Collection<UUID> meetingIds);
}
