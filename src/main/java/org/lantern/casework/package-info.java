/**
 * Casework: the council's piece of work for a child. The front door's decision routes the child to
 * a team; the team's manager allocates a worker; the case is transferred, closed and reopened.
 */
@NullMarked
package org.lantern.casework;

import org.jspecify.annotations.NullMarked;
