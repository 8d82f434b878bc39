/**
 * District report cards after each panel round: the figures (with change against the previous round
 * and the same round a year earlier), the coordinator's text, and the wider-circulation version
 * with small numbers suppressed.
 */
@NullMarked
@NamedInterface("report")
package org.lantern.panel.report;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
