package org.lantern.referral;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The front door decided. {@code referrerMayBeTold} is false while a phone referral awaits written
 * confirmation: the referrer hears nothing until they confirm. {@code teamId} is the council team
 * the front door chose to take the child (null: the default for the decision and the child's
 * district, see {@link DecisionRouting}).
 */
public record ConcernDecided(
    UUID concernId,
    UUID partnershipId,
    UUID childId,
    @Nullable UUID referrerUserId,
    ThresholdDecision decision,
    String reasons,
    UUID decidedByUserId,
    Instant decidedAt,
    @Nullable UUID teamId,
    boolean referrerMayBeTold) {}
