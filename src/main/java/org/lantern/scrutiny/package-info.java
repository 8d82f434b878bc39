/**
 * The partnership's scrutiny: the outcomes framework (indicators defined as data and versioned by
 * quarter, computed by other modules through {@link org.lantern.scrutiny.IndicatorSource} or
 * entered by an agency each quarter), the KPI dashboard, the committee's work programme and the
 * committee pack (sections from other modules through {@link org.lantern.scrutiny.PackSection}).
 */
@NullMarked
package org.lantern.scrutiny;

import org.jspecify.annotations.NullMarked;
