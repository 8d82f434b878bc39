package org.lantern.panel.data;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PanelReferrals extends JpaRepository<PanelReferralEntity, UUID> {

  List<PanelReferralEntity> findByDistrictIdInAndMeetingIdIsNullOrderByRecordedAtAsc(
      Collection<UUID> districtIds);

  List<PanelReferralEntity> findByMeetingId(UUID meetingId);
}
