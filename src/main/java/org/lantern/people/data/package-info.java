/** Persistence of children's records. */
@NullMarked
package org.lantern.people.data;

import org.jspecify.annotations.NullMarked;
