/**
 * Administration of the partnership in the browser: a partnership administrator adds people by
 * invitation, changes their role, agency or team, unlocks and closes accounts; every change is
 * audited, and one that changes what a person may do ends their sessions at once.
 */
@NullMarked
package org.lantern.admin;

import org.jspecify.annotations.NullMarked;
