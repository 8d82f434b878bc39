package org.lantern.missing.api;

import io.swagger.v3.oas.annotations.media.Schema;
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
    @Nullable Instant interviewDueAt,
    @Schema(
            description =
                "What Lantern did with the child described, when the episode was first notified:"
                    + " KNOWN_CHILD when exactly one child it knew has the same names (or a known"
                    + " nickname), the same date of birth and no different NHS number; otherwise a"
                    + " new record, NEW_CHILD_POSSIBLE_MATCH when the front door is asked whether it"
                    + " is a child Lantern already knew. Never names that child.",
            allowableValues = {"KNOWN_CHILD", "NEW_CHILD", "NEW_CHILD_POSSIBLE_MATCH"})
        String childMatch) {}
