/** The signed-in home page: what is waiting for this person, by role. */
@NullMarked
package org.lantern.home;

import org.jspecify.annotations.NullMarked;
