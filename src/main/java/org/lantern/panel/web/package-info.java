/** Pages for configuring panels, building agendas, the panel pack, minutes and escalations. */
@NullMarked
package org.lantern.panel.web;

import org.jspecify.annotations.NullMarked;
