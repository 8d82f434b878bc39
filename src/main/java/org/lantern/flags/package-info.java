/**
 * Flags on a child's file: Lantern's own, derived from what other modules know by the rules in
 * {@link org.lantern.flags.FlagRules} (modules contribute their facts through {@link
 * org.lantern.flags.FlagFactSource}), and those partner systems send in; the responsible team and
 * whom to call; the minimal check from unscheduled care (the web page and FHIR R4), each check
 * audited and told to whoever holds the child.
 */
@NullMarked
package org.lantern.flags;

import org.jspecify.annotations.NullMarked;
