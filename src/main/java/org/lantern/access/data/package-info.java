/**
 * Persistence of partnerships, agencies, teams, user accounts, relationships and break-glass
 * grants.
 */
@NullMarked
package org.lantern.access.data;

import org.jspecify.annotations.NullMarked;
