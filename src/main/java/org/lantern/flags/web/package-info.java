/** The A&E check's pages: the setting, once per session, and the check itself. */
@NullMarked
package org.lantern.flags.web;

import org.jspecify.annotations.NullMarked;
