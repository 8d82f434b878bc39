package org.lantern.people;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One thing that happened in a child's life as an agency recorded it.
 *
 * @param at when it happened (or was recorded)
 * @param kindKey message key naming the kind of entry ("Concern")
 * @param agencyName which agency it came from
 * @param title a short line: "Concern 20 of 20 · LC-7KQ2-M9XD"
 * @param summary what was recorded, as written (shown escaped)
 * @param tagKeys message keys of tags to show (risk indicators)
 * @param outcome the outcome, if there is one yet
 * @param link where to read more, for those allowed
 */
public record ChronologyEntry(
    Instant at,
    String kindKey,
    String agencyName,
    String title,
    @Nullable String summary,
    List<String> tagKeys,
    @Nullable String outcome,
    @Nullable String link) {}
