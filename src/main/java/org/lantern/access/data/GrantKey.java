package org.lantern.access.data;

import java.util.UUID;

/**
 * A use of emergency access by id, the child and who used it: what a search of the review lists
 * matches by name before the page shown is read whole.
 */
public record GrantKey(UUID id, UUID childId, UUID userId) {}
