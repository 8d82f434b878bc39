package org.lantern.admin.data;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface Invitations extends JpaRepository<InvitationEntity, UUID> {

  /** The invitation with this token hash, held until the transaction ends (one use). */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select i from InvitationEntity i where i.tokenHash = :tokenHash")
  Optional<InvitationEntity> lockByTokenHash(String tokenHash);

  Optional<InvitationEntity> findByTokenHash(String tokenHash);

  List<InvitationEntity> findByUserId(UUID userId);
}
