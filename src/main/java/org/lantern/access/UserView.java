package org.lantern.access;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A person with a Lantern account, as other modules see them. */
public record UserView(
    UUID id,
    String username,
    String displayName,
    @Nullable String email,
    Role role,
    UUID agencyId,
    String agencyName,
    @Nullable UUID teamId) {}
