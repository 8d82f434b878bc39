/** Children known to the partnership: their details, identifiers, search and chronology. */
@NullMarked
package org.lantern.people;

import org.jspecify.annotations.NullMarked;
