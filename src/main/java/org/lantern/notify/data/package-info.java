/** Persistence of notifications. */
@NullMarked
package org.lantern.notify.data;

import org.jspecify.annotations.NullMarked;
