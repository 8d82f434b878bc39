package org.lantern.panel.data;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Amendments extends JpaRepository<AmendmentEntity, UUID> {

  List<AmendmentEntity> findByMeetingIdOrderByAmendedAtAsc(UUID meetingId);
}
