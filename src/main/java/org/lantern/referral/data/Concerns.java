package org.lantern.referral.data;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lantern.referral.ConcernStatus;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Concerns extends JpaRepository<ConcernEntity, UUID> {

  boolean existsByReference(String reference);

  Optional<ConcernEntity> findBySubmissionToken(String submissionToken);

  Optional<ConcernEntity> findByPartnershipIdAndSourceSystemAndSourceId(
      UUID partnershipId, String sourceSystem, String sourceId);

  List<ConcernEntity> findByPartnershipIdAndStatusOrderBySubmittedAtAscIdAsc(
      UUID partnershipId, ConcernStatus status, Limit limit);

  List<ConcernEntity> findByPartnershipIdAndStatusAndImmediateDangerTrue(
      UUID partnershipId, ConcernStatus status);

  List<ConcernEntity> findByPartnershipIdAndStatus(UUID partnershipId, ConcernStatus status);

  long countByPartnershipIdAndStatus(UUID partnershipId, ConcernStatus status);

  List<ConcernEntity> findByChildIdOrderBySubmittedAtAscIdAsc(UUID childId);

  List<ConcernEntity> findByReferrerUserIdOrderBySubmittedAtDesc(UUID referrerUserId, Limit limit);

  /**
   * One page of a referrer's concerns, in the page's order (its {@code Sort}): all of them, or
   * those whose reference holds {@code reference} or whose child is one of {@code childIds}; {@code
   * state} narrows to those waiting for written confirmation (TO_CONFIRM), with the front door
   * (NEW) or decided (DECIDED).
   */
  @Query(
      """
      select c from ConcernEntity c
      where c.referrerUserId = :referrer
        and (:anyText = true or lower(c.reference) like :reference or c.childId in :childIds)
        and (:state = 'ALL'
          or (:state = 'TO_CONFIRM' and c.channel = org.lantern.referral.Channel.VERBAL
              and c.confirmedAt is null)
          or (:state = 'NEW' and c.status = org.lantern.referral.ConcernStatus.NEW)
          or (:state = 'DECIDED' and c.status = org.lantern.referral.ConcernStatus.DECIDED))
      """)
  Page<ConcernEntity> referredBy(
      UUID referrer,
      boolean anyText,
      String reference,
      Collection<UUID> childIds,
      String state,
      Pageable pageable);

  @Query("select distinct c.childId from ConcernEntity c where c.referrerUserId = :referrer")
  List<UUID> childrenReferredBy(UUID referrer);

  List<ConcernEntity> findByIdIn(Collection<UUID> ids);
}
