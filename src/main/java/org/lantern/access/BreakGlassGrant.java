package org.lantern.access;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A break-glass access as the review list shows it. */
public record BreakGlassGrant(
    UUID id,
    UUID childId,
    String childName,
    String userName,
    String agencyName,
    String reason,
    Instant grantedAt,
    Instant expiresAt,
    @Nullable Instant reviewedAt,
    @Nullable String reviewOutcome,
    @Nullable String reviewNote,
    long version) {}
