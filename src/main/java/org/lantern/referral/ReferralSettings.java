package org.lantern.referral;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Referral clocks.
 *
 * @param confirmationWindow how long a referrer has to confirm a phone referral in writing
 * @param decisionTarget how soon the front door aims to decide (one working day)
 * @param queuePageSize how many concerns a page of the front-door queue shows
 */
@ConfigurationProperties("lantern.referral")
public record ReferralSettings(
    @DefaultValue("48h") Duration confirmationWindow,
    @DefaultValue("24h") Duration decisionTarget,
    @DefaultValue("25") int queuePageSize) {}
