package org.lantern.flags;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One row of a {@link FlagFactSource}'s select, as {@link ChildFlags} read it: the second to fifth
 * columns (the first is the order the rows come in).
 *
 * @param text the second column (a decision, a level, a category, how a notice names the child)
 * @param at the third, a moment (when a decision was made, a screening submitted, a child went
 *     missing)
 * @param day the fourth, a day (when a plan started, a notice was served)
 * @param until the fifth, a second day (when a plan ended, a notice expires)
 */
public record FactRow(
    @Nullable String text,
    @Nullable Instant at,
    @Nullable LocalDate day,
    @Nullable LocalDate until) {}
