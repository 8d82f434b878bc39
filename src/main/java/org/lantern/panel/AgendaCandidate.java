package org.lantern.panel;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A child another module proposes for a meeting's agenda, and why.
 *
 * @param childId the child
 * @param reason why (list matches use {@link AgendaReason#LIST_MATCH})
 * @param detail a short line for the agenda ("Matched on the missing coordinator's list of 3
 *     March"), or null
 */
public record AgendaCandidate(UUID childId, AgendaReason reason, @Nullable String detail) {}
