package org.lantern.access.data;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface BreakGlassGrants extends JpaRepository<BreakGlassGrantEntity, UUID> {

  @Query(
      """
      select count(g) > 0 from BreakGlassGrantEntity g
      where g.userId = :userId and g.childId = :childId and g.expiresAt > :now
      """)
  boolean active(UUID userId, UUID childId, Instant now);

  List<BreakGlassGrantEntity> findByPartnershipIdAndReviewedAtIsNullOrderByGrantedAt(
      UUID partnershipId);

  List<BreakGlassGrantEntity> findTop50ByPartnershipIdAndReviewedAtIsNotNullOrderByReviewedAtDesc(
      UUID partnershipId);
}
