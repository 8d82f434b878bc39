/** Shared test support: fixtures, a clock tests can move, browser test plumbing. */
@NullMarked
package org.lantern.testing;

import org.jspecify.annotations.NullMarked;
