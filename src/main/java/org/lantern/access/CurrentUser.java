package org.lantern.access;

import java.io.Serializable;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The signed-in person (or partner system) a request acts for. */
public record CurrentUser(
    UUID id,
    String username,
    String displayName,
    Role role,
    UUID agencyId,
    String agencyName,
    UUID partnershipId,
    @Nullable UUID teamId)
    implements Serializable {

  /** A partner agency's system calling the API, not a person: its id is not a user account's. */
  public boolean isPartnerSystem() {
    return role == Role.PARTNER_SYSTEM;
  }
}
