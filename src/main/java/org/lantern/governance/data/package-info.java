/** Persistence of sharing agreements, retention rules, reviews, tombstones and legal holds. */
@NullMarked
package org.lantern.governance.data;

import org.jspecify.annotations.NullMarked;
