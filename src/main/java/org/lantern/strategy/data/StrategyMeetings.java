package org.lantern.strategy.data;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The meetings, by child and by whom they wait on. */
public interface StrategyMeetings extends JpaRepository<StrategyMeetingEntity, UUID> {

  @Query(
      "select m from StrategyMeetingEntity m join m.childIds c where c = :childId order by m.startedAt")
  List<StrategyMeetingEntity> aboutChild(@Param("childId") UUID childId);

  @Query(
      "select count(m) > 0 from StrategyMeetingEntity m join m.childIds c join m.participants p"
          + " where c = :childId and p.userId = :userId")
  boolean invited(@Param("childId") UUID childId, @Param("userId") UUID userId);

  @Query(
      "select count(m) > 0 from StrategyMeetingEntity m join m.childIds c"
          + " where c = :childId and m.recordedByUserId = :userId")
  boolean recordedBy(@Param("childId") UUID childId, @Param("userId") UUID userId);

  /** ChildMeetings this person started that are not yet held and are past their date. */
  @Query(
      "select m from StrategyMeetingEntity m where m.startedByUserId = :userId and m.heldAt is null"
          + " and m.dueOn < :today order by m.dueOn")
  List<StrategyMeetingEntity> notHeldStartedBy(
      @Param("userId") UUID userId, @Param("today") LocalDate today);

  /** Held meetings this person recorded or started with a clock still running after them. */
  @Query(
      "select m from StrategyMeetingEntity m where (m.startedByUserId = :userId or m.recordedByUserId ="
          + " :userId) and m.heldAt is not null and (m.conferenceDueOn < :today or"
          + " m.nextReviewOn < :today)")
  List<StrategyMeetingEntity> followUpsPastFor(
      @Param("userId") UUID userId, @Param("today") LocalDate today);

  /** ChildMeetings with an action this person owns, due before today. */
  @Query(
      "select distinct m from StrategyMeetingEntity m join m.actions a where a.ownerUserId = :userId"
          + " and a.dueOn < :today and a.doneOn is null")
  List<StrategyMeetingEntity> withActionsPastFor(
      @Param("userId") UUID userId, @Param("today") LocalDate today);
}
