/** Strategy's persistence: meetings, conferences and plans. */
@NullMarked
package org.lantern.strategy.data;

import org.jspecify.annotations.NullMarked;
