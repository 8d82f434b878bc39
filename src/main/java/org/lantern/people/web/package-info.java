/** Pages for finding a child, the child's record and who has looked at it. */
@NullMarked
package org.lantern.people.web;

import org.jspecify.annotations.NullMarked;
