package org.lantern.referral.data;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lantern.referral.ConcernStatus;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Concerns extends JpaRepository<Concern, UUID> {

  boolean existsByReference(String reference);

  Optional<Concern> findBySubmissionToken(String submissionToken);

  Optional<Concern> findByPartnershipIdAndSourceSystemAndSourceId(
      UUID partnershipId, String sourceSystem, String sourceId);

  List<Concern> findByPartnershipIdAndStatusOrderBySubmittedAtAscIdAsc(
      UUID partnershipId, ConcernStatus status, Limit limit);

  List<Concern> findByPartnershipIdAndStatusAndImmediateDangerTrue(
      UUID partnershipId, ConcernStatus status);

  List<Concern> findByPartnershipIdAndStatus(UUID partnershipId, ConcernStatus status);

  long countByPartnershipIdAndStatus(UUID partnershipId, ConcernStatus status);

  List<Concern> findByChildIdOrderBySubmittedAtAscIdAsc(UUID childId);

  List<Concern> findByReferrerUserIdOrderBySubmittedAtDesc(UUID referrerUserId, Limit limit);

  List<Concern> findByIdIn(Collection<UUID> ids);
}
