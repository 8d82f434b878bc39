/** Lantern's root: the application class; every module is a sub-package. */
@NullMarked
package org.lantern;

import org.jspecify.annotations.NullMarked;
