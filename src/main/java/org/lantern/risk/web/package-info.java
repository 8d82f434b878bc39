/** The pages of risk screening, sign-off, the tracker, the service queue and tool editing. */
@NullMarked
package org.lantern.risk.web;

import org.jspecify.annotations.NullMarked;
