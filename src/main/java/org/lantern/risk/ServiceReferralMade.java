package org.lantern.risk;

import java.util.UUID;

/**
 * A signed-off screening referred a child into the commissioned service, committed with this event:
 * a new referral, or an open one re-referred at another level ({@code reReferral}). Imported
 * history raises none.
 */
public record ServiceReferralMade(
    UUID referralId, UUID partnershipId, UUID childId, RiskLevel level, boolean reReferral) {}
