/** Telling people: the in-app inbox, and e-mail when SMTP is configured. */
@NullMarked
package org.lantern.notify;

import org.jspecify.annotations.NullMarked;
