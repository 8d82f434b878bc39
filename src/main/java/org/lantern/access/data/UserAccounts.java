package org.lantern.access.data;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lantern.access.Role;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface UserAccounts extends JpaRepository<UserAccount, UUID> {

  Optional<UserAccount> findByUsernameIgnoreCase(String username);

  @Query(
      """
      select u from UserAccount u, AgencyEntity a
      where u.agencyId = a.id and a.partnershipId = :partnershipId and u.role = :role
        and u.enabled = true
      order by u.displayName
      """)
  List<UserAccount> withRole(UUID partnershipId, Role role);

  @Query(
      """
      select u from UserAccount u, AgencyEntity a
      where u.agencyId = a.id and a.partnershipId = :partnershipId and u.enabled = true
      order by a.name, u.displayName
      """)
  List<UserAccount> inPartnership(UUID partnershipId);
}
