package org.lantern.access;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Access settings.
 *
 * @param breakGlassDuration how long emergency access to one child lasts once granted
 * @param maxFailedSignIns wrong passwords in a row before the account locks
 * @param lockout how long a locked account stays locked
 * @param failedSignInWindow how long without a wrong password ends a run of them (for an account as
 *     for a name that is not one, whose count is forgotten after this)
 * @param referrerDays how many days after a referral the referrer may still open the child's file
 *     (what they referred and its outcome); a new referral starts the time again. Their own
 *     referrals stay on "My referrals" after it.
 */
@ConfigurationProperties("lantern.access")
public record AccessSettings(
    @DefaultValue("8h") Duration breakGlassDuration,
    @DefaultValue("5") int maxFailedSignIns,
    @DefaultValue("15m") Duration lockout,
    @DefaultValue("24h") Duration failedSignInWindow,
    @DefaultValue("30") int referrerDays) {}
