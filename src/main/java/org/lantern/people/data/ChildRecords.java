package org.lantern.people.data;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ChildRecords extends JpaRepository<ChildEntity, UUID> {

  List<ChildEntity> findByPartnershipIdAndNhsNumber(UUID partnershipId, String nhsNumber);

  List<ChildEntity> findByPartnershipIdAndUpn(UUID partnershipId, String upn);

  long countByPartnershipId(UUID partnershipId);

  /** The partnership's children born on the day, leaving out records joined into another. */
  List<ChildEntity> findByPartnershipIdAndDateOfBirthAndMergedIntoIsNull(
      UUID partnershipId, LocalDate dateOfBirth);

  /**
   * Keyset paging through changes: rows after (at, id) in (updatedAt, id) order. The "updatedAt >=
   * :at" bounds the index scan; without it PostgreSQL read the index from its start for every page
   * (an "or" is no index condition), so catching up a million children took most of an hour.
   */
  @Query(
      """
      select c from ChildEntity c
      where c.updatedAt >= :at and (c.updatedAt > :at or c.id > :id)
      order by c.updatedAt, c.id
      """)
  List<ChildEntity> changedAfter(Instant at, UUID id, Limit limit);
}
