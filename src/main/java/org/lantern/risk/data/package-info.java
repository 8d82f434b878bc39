/** Persistence of screening tools, screenings and service referrals. */
@NullMarked
package org.lantern.risk.data;

import org.jspecify.annotations.NullMarked;
