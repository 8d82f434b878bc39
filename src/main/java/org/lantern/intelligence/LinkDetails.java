package org.lantern.intelligence;

import java.time.LocalDate;

/** An intelligence link as the officer or coordinator records it. Already validated. */
public record LinkDetails(
    LinkNature nature,
    SourceEvaluation evaluation,
    Assessment assessment,
    LocalDate linkedOn,
    String details) {}
