package org.lantern.flags;

import java.time.Instant;
import java.util.UUID;

/**
 * A child's flags were checked from unscheduled care (the web check or a clinical system): whoever
 * holds the child is told, in the check's transaction. Published only for a child Lantern knows.
 *
 * @param setting where the check came from (which A&E, which clinical system)
 */
public record FlagsChecked(UUID partnershipId, UUID childId, String setting, Instant at) {}
