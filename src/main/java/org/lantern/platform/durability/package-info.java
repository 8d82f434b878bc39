/**
 * A commit Lantern has acknowledged is on disk: the embedded database writes each commit through to
 * the device before the commit returns, and at start Lantern checks that the database it was given
 * does so too (see docs/operating.md, "Durability").
 */
@NullMarked
package org.lantern.platform.durability;

import org.jspecify.annotations.NullMarked;
