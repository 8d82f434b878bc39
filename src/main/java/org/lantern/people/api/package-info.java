/** The REST API partner systems use to send person records to the person index. */
@NullMarked
package org.lantern.people.api;

import org.jspecify.annotations.NullMarked;
