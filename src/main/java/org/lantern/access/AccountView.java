package org.lantern.access;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An account as an administrator sees it: who, where, and whether it can be signed in to. */
public record AccountView(
    UUID id,
    String username,
    String displayName,
    @Nullable String email,
    Role role,
    AgencyView agency,
    @Nullable TeamView team,
    boolean locked,
    boolean passwordSet,
    boolean singleSignOn,
    @Nullable Instant closedAt) {

  public boolean closed() {
    return closedAt != null;
  }
}
