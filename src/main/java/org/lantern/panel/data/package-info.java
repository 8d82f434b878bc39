/** The panel module's tables: panels, meetings, agenda, attendance, presentations, actions. */
@NullMarked
package org.lantern.panel.data;

import org.jspecify.annotations.NullMarked;
