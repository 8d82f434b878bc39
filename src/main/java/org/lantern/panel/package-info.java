/**
 * District multi-agency exploitation panels: each district's panel (chair, member agencies,
 * schedule), its meetings with the agenda built from the tracker, the panel pack, attendance,
 * presentations of children with decisions and actions, minutes approved by the chair and amended
 * only with a reason, escalation to a county manager, re-referral counts, and a read API for report
 * cards.
 */
@NullMarked
package org.lantern.panel;

import org.jspecify.annotations.NullMarked;
