/** Pages for serving child abduction warning notices and the register. */
@NullMarked
package org.lantern.intelligence.web;

import org.jspecify.annotations.NullMarked;
