package org.lantern.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A concern brought in from a legacy system (or the demo county) with its history as it happened:
 * when it arrived, whether it was confirmed, and the decision if one was made.
 */
public record HistoricConcern(
    UUID id,
    UUID partnershipId,
    UUID childId,
    Channel channel,
    @Nullable UUID referrerUserId,
    UUID referrerAgencyId,
    String referrerName,
    @Nullable String referrerContact,
    @Nullable UUID recordedByUserId,
    String whatHappened,
    @Nullable LocalDate occurredOn,
    @Nullable String location,
    boolean immediateDanger,
    Set<RiskIndicator> indicators,
    Instant submittedAt,
    @Nullable Instant confirmationDueAt,
    @Nullable Instant confirmedAt,
    @Nullable UUID confirmedByUserId,
    @Nullable String writtenAccount,
    @Nullable ThresholdDecision decision,
    @Nullable String decisionReasons,
    @Nullable UUID decidedByUserId,
    @Nullable Instant decidedAt,
    @Nullable String sourceSystem,
    @Nullable String sourceId) {}
