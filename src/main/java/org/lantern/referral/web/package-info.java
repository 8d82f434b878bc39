/**
 * Pages for raising a concern, the front-door queue and decision, and a referrer's own referrals.
 */
@NullMarked
package org.lantern.referral.web;

import org.jspecify.annotations.NullMarked;
