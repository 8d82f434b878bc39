package org.lantern.casework;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A member of a child's professional network, as pages show it. */
public record NetworkMember(
    UUID id,
    NetworkRole role,
    @Nullable UUID userId,
    String name,
    String agencyName,
    @Nullable String phone,
    @Nullable String email,
    Instant addedAt,
    @Nullable Instant endedAt,
    long version) {

  public boolean isCurrent() {
    return endedAt == null;
  }

  public boolean hasAccount() {
    return userId != null;
  }
}
