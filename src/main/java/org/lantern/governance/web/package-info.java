/** The information governance officer's pages. */
@NullMarked
package org.lantern.governance.web;

import org.jspecify.annotations.NullMarked;
