package org.lantern.panel.data;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PanelReferrals extends JpaRepository<PanelReferralEntity, UUID> {

  List<PanelReferralEntity> findByDistrictIdAndMeetingIdIsNullOrderByRecordedAtAsc(UUID districtId);

  List<PanelReferralEntity> findByMeetingId(UUID meetingId);
}
