package org.lantern.risk.data;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.risk.ScreeningStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ScreeningRecords extends JpaRepository<ScreeningEntity, UUID> {

  /** A child's screenings that have a level (submitted at least once), oldest first. */
  @Query(
      """
      select s from ScreeningEntity s
      where s.childId = :childId and s.submittedAt is not null
      order by s.submittedAt, s.id
      """)
  List<ScreeningEntity> submittedFor(UUID childId);

  /** The latest submitted screening of each of these children (none for one never screened). */
  @Query(
      """
      select s from ScreeningEntity s
      where s.childId in :childIds and s.submittedAt is not null
        and s.submittedAt = (select max(t.submittedAt) from ScreeningEntity t
                             where t.childId = s.childId and t.submittedAt is not null)
      """)
  List<ScreeningEntity> currentFor(Collection<UUID> childIds);

  List<ScreeningEntity> findByChildIdAndStatusInOrderByUpdatedAtDesc(
      UUID childId, Collection<ScreeningStatus> statuses);

  /** Each child's latest submitted screening, for the partnership: the tracker's source. */
  @Query(
      """
      select s from ScreeningEntity s
      where s.partnershipId = :partnershipId and s.submittedAt is not null
        and s.submittedAt = (select max(t.submittedAt) from ScreeningEntity t
                             where t.childId = s.childId and t.submittedAt is not null)
      """)
  List<ScreeningEntity> currentIn(UUID partnershipId);

  /**
   * Children's current screenings whose review date is before {@code today}, written by {@code
   * userId} or (when {@code teamId} is given) for that team.
   */
  @Query(
      """
      select s from ScreeningEntity s
      where s.partnershipId = :partnershipId and s.submittedAt is not null
        and s.reviewDueOn < :today
        and (s.authorUserId = :userId or (:teamId is not null and s.teamId = :teamId))
        and s.submittedAt = (select max(t.submittedAt) from ScreeningEntity t
                             where t.childId = s.childId and t.submittedAt is not null)
      order by s.reviewDueOn, s.id
      """)
  List<ScreeningEntity> overdue(
      UUID partnershipId, UUID userId, @Nullable UUID teamId, LocalDate today);

  List<ScreeningEntity> findByAuthorUserIdAndStatusInOrderByUpdatedAtDesc(
      UUID authorUserId, Collection<ScreeningStatus> statuses);

  List<ScreeningEntity> findByPartnershipIdAndTeamIdAndStatusOrderBySubmittedAtAsc(
      UUID partnershipId, UUID teamId, ScreeningStatus status);
}
