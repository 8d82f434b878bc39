package org.lantern.access;

import java.util.UUID;

/** Just enough about a child for the access policy: which child, in which partnership. */
public record ChildRef(UUID childId, UUID partnershipId) {}
