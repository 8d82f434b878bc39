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
    @Nullable Instant decidedAt) {}
