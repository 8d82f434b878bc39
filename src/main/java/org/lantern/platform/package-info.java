/** Cross-cutting infrastructure every module uses: the clock, formats, assets and error pages. */
@NullMarked
package org.lantern.platform;

import org.jspecify.annotations.NullMarked;
