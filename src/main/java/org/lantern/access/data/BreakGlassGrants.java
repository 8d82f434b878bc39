package org.lantern.access.data;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface BreakGlassGrants extends JpaRepository<BreakGlassGrantEntity, UUID> {

  @Query(
      """
      select count(g) > 0 from BreakGlassGrantEntity g
      where g.userId = :userId and g.childId = :childId and g.expiresAt > :now
      """)
  boolean active(UUID userId, UUID childId, Instant now);

  long countByPartnershipIdAndReviewedAtIsNull(UUID partnershipId);

  long countByPartnershipIdAndReviewedAtIsNotNull(UUID partnershipId);

  /** One page of the uses awaiting review, oldest first (LIMIT and OFFSET). */
  @Query(
      """
      select g from BreakGlassGrantEntity g where g.partnershipId = :partnershipId
        and g.reviewedAt is null order by g.grantedAt, g.id
      """)
  List<BreakGlassGrantEntity> awaitingPage(UUID partnershipId, Pageable page);

  /** One page of the reviewed uses, last reviewed first (LIMIT and OFFSET). */
  @Query(
      """
      select g from BreakGlassGrantEntity g where g.partnershipId = :partnershipId
        and g.reviewedAt is not null order by g.reviewedAt desc, g.id
      """)
  List<BreakGlassGrantEntity> reviewedPage(UUID partnershipId, Pageable page);

  /** Every use awaiting review (ids only), oldest first, for a search to match among. */
  @Query(
      """
      select new org.lantern.access.data.GrantKey(g.id, g.childId, g.userId)
      from BreakGlassGrantEntity g where g.partnershipId = :partnershipId
        and g.reviewedAt is null order by g.grantedAt, g.id
      """)
  List<GrantKey> awaitingKeys(UUID partnershipId);

  /** Every reviewed use (ids only), last reviewed first, for a search to match among. */
  @Query(
      """
      select new org.lantern.access.data.GrantKey(g.id, g.childId, g.userId)
      from BreakGlassGrantEntity g where g.partnershipId = :partnershipId
        and g.reviewedAt is not null order by g.reviewedAt desc, g.id
      """)
  List<GrantKey> reviewedKeys(UUID partnershipId);
}
