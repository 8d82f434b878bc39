package org.lantern.missing.data;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lantern.missing.InterviewStatus;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MissingEpisodes extends JpaRepository<MissingEpisode, UUID> {

  Optional<MissingEpisode> findByPartnershipIdAndPoliceReference(
      UUID partnershipId, String policeReference);

  List<MissingEpisode> findByChildIdOrderByMissingAtAsc(UUID childId);

  List<MissingEpisode> findByPartnershipIdAndInterviewStatusInOrderByReturnedAtAscIdAsc(
      UUID partnershipId, Collection<InterviewStatus> statuses);

  List<MissingEpisode> findByPartnershipIdAndMissingAtGreaterThanEqualAndMissingAtLessThan(
      UUID partnershipId, Instant from, Instant to);

  List<MissingEpisode> findByPartnershipIdAndReturnedAtGreaterThanEqualAndReturnedAtLessThan(
      UUID partnershipId, Instant from, Instant to);
}
