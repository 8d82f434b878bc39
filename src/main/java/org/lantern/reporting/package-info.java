/**
 * District report cards after each panel round: the figures (with change against the previous round
 * and the same round a year earlier), the coordinator's text, and the wider-circulation version
 * with small numbers suppressed. The partnership's period reports and the committee pack will join
 * them here.
 */
@NullMarked
package org.lantern.reporting;

import org.jspecify.annotations.NullMarked;
