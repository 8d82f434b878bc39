/** Adults of concern, their links to children, and child abduction warning notices. */
@NullMarked
package org.lantern.intelligence;

import org.jspecify.annotations.NullMarked;
