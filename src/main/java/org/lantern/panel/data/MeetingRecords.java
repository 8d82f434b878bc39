package org.lantern.panel.data;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.lantern.panel.MeetingStatus;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MeetingRecords extends JpaRepository<MeetingEntity, UUID> {

  List<MeetingEntity> findByPanelIdOrderByMeetingOnAsc(UUID panelId);

  List<MeetingEntity> findByPartnershipIdOrderByMeetingOnAsc(UUID partnershipId);

  List<MeetingEntity> findByPanelIdAndStatusOrderByMeetingOnAsc(UUID panelId, MeetingStatus status);

  List<MeetingEntity> findByIdIn(Collection<UUID> ids);
}
