package org.lantern.risk.data;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ServiceReferralLevels extends JpaRepository<ServiceReferralLevelEntity, UUID> {

  List<ServiceReferralLevelEntity> findByReferralIdInOrderByReferredAtAsc(
      Collection<UUID> referralIds);

  /** The levels children of the partnership were referred at within the period. */
  @Query(
      """
      select l from ServiceReferralLevelEntity l, ServiceReferralEntity r
      where l.referralId = r.id and r.partnershipId = :partnershipId
        and l.referredAt >= :from and l.referredAt < :to
      """)
  List<ServiceReferralLevelEntity> referredWithin(UUID partnershipId, Instant from, Instant to);
}
