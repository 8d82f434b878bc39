package org.lantern.missing;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.intelligence.AdultDetails;

/**
 * A missing episode as notified: by hand, by CSV or through the API. Checked by {@link
 * EpisodeRules}.
 */
public record EpisodeDetails(
    UUID childId,
    String policeReference,
    MissingFrom missingFrom,
    Instant missingAt,
    @Nullable String missingLocation,
    @Nullable Instant returnedAt,
    @Nullable String returnedLocation,
    @Nullable String foundWith,
    @Nullable AdultDetails foundWithAdult,
    RiskGrading riskGrading) {}
