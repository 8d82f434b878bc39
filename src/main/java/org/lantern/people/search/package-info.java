/** The embedded search index over children's names, dates of birth and identifiers. */
@NullMarked
package org.lantern.people.search;

import org.jspecify.annotations.NullMarked;
