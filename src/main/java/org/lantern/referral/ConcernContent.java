package org.lantern.referral;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What a referrer says happened: already validated. */
public record ConcernContent(
    String whatHappened,
    @Nullable LocalDate occurredOn,
    @Nullable String location,
    boolean immediateDanger,
    Set<RiskIndicator> indicators) {}
