package org.lantern.panel;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Someone outside the partnership to invite to a meeting: the allocated worker of a child placed
 * here by another authority.
 */
public record Invitee(
    UUID childId,
    String childName,
    @Nullable String authority,
    String workerName,
    @Nullable String email,
    @Nullable String phone) {}
