/**
 * Concerns and referrals: raising them, the verbal-to-written clock, the front door's threshold
 * decision and telling the referrer.
 */
@NullMarked
package org.lantern.referral;

import org.jspecify.annotations.NullMarked;
