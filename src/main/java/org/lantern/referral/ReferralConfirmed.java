package org.lantern.referral;

import java.util.UUID;

/**
 * A phone referral was confirmed in writing; if it was already decided, the referrer is told now.
 */
public record ReferralConfirmed(UUID concernId, UUID referrerUserId, boolean alreadyDecided) {}
