package org.lantern.panel.data;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.lantern.panel.ReferralStatus;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PanelReferrals extends JpaRepository<PanelReferralEntity, UUID> {

  List<PanelReferralEntity> findByDistrictIdInAndStatusAndMeetingIdIsNullOrderByRecordedAtAsc(
      Collection<UUID> districtIds, ReferralStatus status);

  List<PanelReferralEntity> findByPartnershipIdAndStatusOrderByRecordedAtAsc(
      UUID partnershipId, ReferralStatus status);

  List<PanelReferralEntity> findByMeetingId(UUID meetingId);
}
