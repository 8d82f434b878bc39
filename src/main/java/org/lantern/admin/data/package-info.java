/** Persistence of invitations. */
@NullMarked
package org.lantern.admin.data;

import org.jspecify.annotations.NullMarked;
