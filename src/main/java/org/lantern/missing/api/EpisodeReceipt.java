package org.lantern.missing.api;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What Lantern holds for a notified episode. */
public record EpisodeReceipt(
    UUID id,
    String policeReference,
    UUID childId,
    Instant missingAt,
    @Nullable Instant returnedAt,
    String interviewStatus,
    @Nullable Instant interviewDueAt) {}
