/** Pages for signing in, break-glass review and the information-governance audit. */
@NullMarked
package org.lantern.access.web;

import org.jspecify.annotations.NullMarked;
