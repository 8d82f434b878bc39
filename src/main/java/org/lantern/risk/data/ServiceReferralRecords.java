package org.lantern.risk.data;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.lantern.risk.ServiceReferralStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ServiceReferralRecords extends JpaRepository<ServiceReferralEntity, UUID> {

  List<ServiceReferralEntity> findByPartnershipIdAndStatusOrderByReferredAtAsc(
      UUID partnershipId, ServiceReferralStatus status);

  List<ServiceReferralEntity> findByChildIdOrderByReferredAtDesc(UUID childId);

  long countByPartnershipIdAndStatus(UUID partnershipId, ServiceReferralStatus status);

  /** Referrals made within the period. */
  List<ServiceReferralEntity> findByPartnershipIdAndReferredAtGreaterThanEqualAndReferredAtLessThan(
      UUID partnershipId, Instant from, Instant to);

  /**
   * Work the service did within the period: accepted before its end, not closed before its start.
   */
  @Query(
      """
      select r from ServiceReferralEntity r where r.partnershipId = :partnershipId
        and r.acceptedAt is not null and r.acceptedAt < :to
        and (r.closedAt is null or r.closedAt >= :from)
      """)
  List<ServiceReferralEntity> workedWithin(UUID partnershipId, Instant from, Instant to);

  List<ServiceReferralEntity> findByPartnershipIdAndStatusInOrderByReferredAtAsc(
      UUID partnershipId, Collection<ServiceReferralStatus> statuses);

  /** Referrals the service declined within the period. */
  @Query(
      """
      select count(r) from ServiceReferralEntity r where r.partnershipId = :partnershipId
        and r.declinedAt >= :from and r.declinedAt < :to
      """)
  long declinedWithin(UUID partnershipId, Instant from, Instant to);
}
