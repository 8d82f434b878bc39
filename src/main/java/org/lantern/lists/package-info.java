/**
 * Cross-referencing other agencies' lists (missing from home, missing from education, the
 * re-offending panel) against the partnership's children: upload, match with the person index's
 * engine, confirm or reject, and confirmed matches offered to the district's next panel agenda.
 */
@NullMarked
package org.lantern.lists;

import org.jspecify.annotations.NullMarked;
