/** The inbox page. */
@NullMarked
package org.lantern.notify.web;

import org.jspecify.annotations.NullMarked;
