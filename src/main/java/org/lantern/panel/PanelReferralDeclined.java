package org.lantern.panel;

import java.util.UUID;

/**
 * The coordinator declined a partner's referral of a child to panel, committed with this event: the
 * agency and the person who referred (as the coordinator recorded them) and the reason, so that the
 * partner is told.
 */
public record PanelReferralDeclined(
    UUID referralId,
    UUID partnershipId,
    UUID childId,
    UUID referringAgencyId,
    String referrerName,
    String reason) {}
