/** Persistence of concerns. */
@NullMarked
package org.lantern.referral.data;

import org.jspecify.annotations.NullMarked;
