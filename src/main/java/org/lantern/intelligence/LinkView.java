package org.lantern.intelligence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.people.ChildSummary;

/**
 * One link between an adult and a child, as the adult's page and the child's file show it. What the
 * link records depends on its source: an intelligence link has its nature, grading and date; a
 * concern how the referrer described the adult.
 */
public record LinkView(
    UUID id,
    UUID adultId,
    String adultName,
    ChildSummary child,
    LinkSource source,
    UUID sourceId,
    @Nullable LinkNature nature,
    @Nullable SourceEvaluation evaluation,
    @Nullable Assessment assessment,
    @Nullable LocalDate linkedOn,
    @Nullable String details,
    @Nullable String describedAs,
    @Nullable String place,
    @Nullable Integer approximateAge,
    @Nullable String recordedBy,
    Instant recordedAt) {}
