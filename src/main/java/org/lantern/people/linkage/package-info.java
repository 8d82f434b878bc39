/**
 * The record-linkage engine: normalised person records from many agencies, blocking, comparison
 * levels, Fellegi–Sunter weights estimated by EM, term-frequency adjustment and explanations. Pure
 * Java, no Spring and no database, so it can be tested and benchmarked on its own.
 */
@NullMarked
package org.lantern.people.linkage;

import org.jspecify.annotations.NullMarked;
