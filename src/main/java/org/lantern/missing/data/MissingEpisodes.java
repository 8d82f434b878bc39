package org.lantern.missing.data;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lantern.missing.InterviewStatus;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MissingEpisodes extends JpaRepository<MissingEpisodeEntity, UUID> {

  Optional<MissingEpisodeEntity> findByPartnershipIdAndPoliceReference(
      UUID partnershipId, String policeReference);

  List<MissingEpisodeEntity> findByChildIdOrderByMissingAtAsc(UUID childId);

  List<MissingEpisodeEntity> findByPartnershipIdAndInterviewStatusInOrderByReturnedAtAscIdAsc(
      UUID partnershipId, Collection<InterviewStatus> statuses);

  List<MissingEpisodeEntity> findByPartnershipIdAndMissingAtGreaterThanEqualAndMissingAtLessThan(
      UUID partnershipId, Instant from, Instant to);

  List<MissingEpisodeEntity> findByPartnershipIdAndReturnedAtGreaterThanEqualAndReturnedAtLessThan(
      UUID partnershipId, Instant from, Instant to);
}
