package org.lantern.access.data;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lantern.access.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface UserAccounts extends JpaRepository<UserAccountEntity, UUID> {

  /**
   * The account with this username exactly: pass a name already {@link
   * UserAccountEntity#normalise}d.
   */
  Optional<UserAccountEntity> findByUsername(String username);

  /**
   * The account bound to this person of this identity provider (see {@link
   * UserAccount#bindSingleSignOn}).
   */
  Optional<UserAccountEntity> findByOidcIssuerAndOidcSubject(String oidcIssuer, String oidcSubject);

  /** As {@link #findByUsername}, holding the row until the transaction ends. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select u from UserAccountEntity u where u.username = :username")
  Optional<UserAccountEntity> lockByUsername(String username);

  /** The account a person means by the name they typed, whatever its case or surrounding spaces. */
  default Optional<UserAccountEntity> withUsername(String typed) {
    return findByUsername(UserAccountEntity.normalise(typed));
  }

  @Query(
      """
      select u from UserAccountEntity u, AgencyEntity a
      where u.agencyId = a.id and a.partnershipId = :partnershipId and u.role = :role
        and u.enabled = true
      order by u.displayName
      """)
  List<UserAccountEntity> withRole(UUID partnershipId, Role role);

  @Query(
      """
      select u from UserAccountEntity u, AgencyEntity a
      where u.agencyId = a.id and a.partnershipId = :partnershipId and u.enabled = true
      order by a.name, u.displayName
      """)
  List<UserAccountEntity> inPartnership(UUID partnershipId);

  /**
   * The partnership's accounts, closed ones too, whose name, e-mail or username holds the pattern
   * (lower case, with % around it), by name.
   */
  @Query(
      value =
          """
          select u from UserAccountEntity u, AgencyEntity a
          where u.agencyId = a.id and a.partnershipId = :partnershipId
            and (:anyAgency = true or u.agencyId = :agencyId)
            and (lower(u.displayName) like :pattern or lower(u.email) like :pattern
              or u.username like :pattern)
          order by u.displayName, u.username
          """,
      countQuery =
          """
          select count(u) from UserAccountEntity u, AgencyEntity a
          where u.agencyId = a.id and a.partnershipId = :partnershipId
            and (:anyAgency = true or u.agencyId = :agencyId)
            and (lower(u.displayName) like :pattern or lower(u.email) like :pattern
              or u.username like :pattern)
          """)
  Page<UserAccountEntity> search(
      UUID partnershipId, boolean anyAgency, UUID agencyId, String pattern, Pageable pageable);

  /**
   * Whether an account other than {@code except} (any partnership, closed ones too) has this
   * e-mail, in any case.
   */
  @Query(
      """
      select count(u) > 0 from UserAccountEntity u
      where lower(u.email) = lower(:email) and u.id <> :except
      """)
  boolean emailTaken(String email, UUID except);

  /** The partnership's accounts closed before the moment. */
  @Query(
      """
      select u from UserAccountEntity u, AgencyEntity a
      where u.agencyId = a.id and a.partnershipId = :partnershipId
        and u.closedAt is not null and u.closedAt < :before
      """)
  List<UserAccountEntity> closedBefore(UUID partnershipId, Instant before);

  /** The accounts (any partnership, closed ones too) with this e-mail, in any case. */
  @Query("select u from UserAccountEntity u where lower(u.email) = lower(:email)")
  List<UserAccountEntity> withEmail(String email);
}
