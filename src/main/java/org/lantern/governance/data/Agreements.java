package org.lantern.governance.data;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Agreements extends JpaRepository<AgreementEntity, UUID> {

  List<AgreementEntity> findByPartnershipIdOrderByReviewOnAsc(UUID partnershipId);

  /** Whether the agency has an agreement in force on the day: started, not ended. */
  @Query(
      "select count(a) > 0 from AgreementEntity a where a.agencyId = :agencyId"
          + " and a.startsOn <= :day and (a.endedOn is null or a.endedOn > :day)")
  boolean inForce(UUID agencyId, LocalDate day);
}
