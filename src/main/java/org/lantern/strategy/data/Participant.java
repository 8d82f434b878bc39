package org.lantern.strategy.data;

import jakarta.persistence.Embeddable;
import java.util.UUID;

/** Someone invited to a meeting, their agency (and its kind), and whether they took part. */
@Embeddable
public record Participant(UUID userId, UUID agencyId, String agencyKind, boolean attended) {}
