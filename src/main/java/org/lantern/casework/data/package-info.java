/** Casework's persistence: cases, what happened to them, and the teams that take them. */
@NullMarked
package org.lantern.casework.data;

import org.jspecify.annotations.NullMarked;
