/** The person index's pages: the review queue and a pair side by side with its explanation. */
@NullMarked
package org.lantern.people.index;

import org.jspecify.annotations.NullMarked;
