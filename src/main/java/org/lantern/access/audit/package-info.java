/** The append-only audit log's storage. */
@NullMarked
package org.lantern.access.audit;

import org.jspecify.annotations.NullMarked;
