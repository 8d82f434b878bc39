package org.lantern.access;

import java.util.UUID;

/** A district of the partnership's area. */
public record DistrictView(UUID id, UUID partnershipId, String name) {}
