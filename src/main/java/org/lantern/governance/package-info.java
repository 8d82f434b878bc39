/**
 * Information governance: the partnership's information sharing agreements with each agency (a
 * partner system whose agency has none in force is refused), retention rules with their review,
 * deletion to a tombstone and legal holds, and the subject access export.
 */
@NullMarked
package org.lantern.governance;

import org.jspecify.annotations.NullMarked;
