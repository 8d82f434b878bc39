/** The REST API police systems use to notify missing episodes. */
@NullMarked
package org.lantern.missing.api;

import org.jspecify.annotations.NullMarked;
