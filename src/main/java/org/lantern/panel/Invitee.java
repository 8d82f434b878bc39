package org.lantern.panel;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Someone to invite to a meeting about a child: the allocated worker of a child placed here by
 * another authority, or a member of the child's professional network ({@link InviteeSource}).
 */
public record Invitee(
    UUID childId,
    String childName,
    @Nullable String authority,
    String workerName,
    @Nullable String email,
    @Nullable String phone) {}
