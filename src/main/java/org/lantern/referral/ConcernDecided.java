package org.lantern.referral;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The front door decided. {@code referrerMayBeTold} is false while a phone referral awaits written
 * confirmation: the referrer hears nothing until they confirm.
 */
public record ConcernDecided(
    UUID concernId,
    UUID partnershipId,
    @Nullable UUID referrerUserId,
    ThresholdDecision decision,
    boolean referrerMayBeTold) {}
