/** Persistence of missing episodes. */
@NullMarked
package org.lantern.missing.data;

import org.jspecify.annotations.NullMarked;
