/** Pages for recording missing episodes, the return interview queue and the figures. */
@NullMarked
package org.lantern.missing.web;

import org.jspecify.annotations.NullMarked;
