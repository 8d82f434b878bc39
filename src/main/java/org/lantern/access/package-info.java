/**
 * Who may do what to whose record: users, agencies, roles, relationships, break-glass and the audit
 * log.
 */
@NullMarked
package org.lantern.access;

import org.jspecify.annotations.NullMarked;
