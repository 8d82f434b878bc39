/** The REST API partner systems use to submit concerns. */
@NullMarked
package org.lantern.referral.api;

import org.jspecify.annotations.NullMarked;
