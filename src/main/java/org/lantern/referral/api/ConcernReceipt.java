package org.lantern.referral.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What Lantern holds for a concern a partner system sent. */
@Schema(name = "ConcernReceipt")
public record ConcernReceipt(
    UUID id,
    @Schema(example = "LC-7KQ2-M9XD") String reference,
    String sourceId,
    @Schema(allowableValues = {"NEW", "DECIDED"}) String status,
    @Schema(
            allowableValues = {
              "NO_FURTHER_ACTION",
              "EARLY_HELP",
              "EXPLOITATION_PATHWAY",
              "STRATEGY_DISCUSSION"
            })
        @Nullable String decision,
    Instant submittedAt,
    @Nullable Instant decidedAt,
    @Schema(
            description =
                "What Lantern did with the child described, on receipt: KNOWN_CHILD when exactly"
                    + " one child it knew has the same names (or a known nickname), the same date"
                    + " of birth and nothing contradicting (sex, NHS number, pupil number);"
                    + " otherwise a new record, NEW_CHILD_POSSIBLE_MATCH when the front door is"
                    + " asked whether it is a child Lantern already knew. Never names that child.",
            allowableValues = {"KNOWN_CHILD", "NEW_CHILD", "NEW_CHILD_POSSIBLE_MATCH"})
        @Nullable String childMatch) {}
