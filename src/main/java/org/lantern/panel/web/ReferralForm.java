package org.lantern.panel.web;

import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/**
 * A partner's referral straight to panel, as the coordinator records it. Bound through its
 * constructor.
 */
public record ReferralForm(
    @Nullable String childId,
    @Nullable String agencyId,
    @Nullable String referrerName,
    @Nullable String reason,
    @Nullable String partnerLevel)
    implements Serializable {}
