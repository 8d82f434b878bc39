/**
 * Statistical disclosure control for published tables of counts: small counts are shown as "c"
 * (primary suppression) and further cells are hidden so that none can be worked out from the totals
 * (secondary suppression), after the Department for Education's convention.
 */
@NamedInterface("disclosure")
@NullMarked
package org.lantern.platform.disclosure;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
