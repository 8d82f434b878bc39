package org.lantern.access;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What it takes to create a local account. The password is hashed before it is kept. */
public record NewUser(
    String username,
    String displayName,
    @Nullable String email,
    @Nullable String password,
    Role role,
    UUID agencyId,
    @Nullable UUID teamId) {}
