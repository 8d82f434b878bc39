package org.lantern.missing;

import java.util.UUID;

/**
 * A return interview was completed, committed with this event: whether it recorded exploitation
 * factors, or named people or places.
 */
public record ReturnInterviewRecorded(
    UUID episodeId, UUID partnershipId, UUID childId, boolean factorsPeopleOrPlaces) {}
