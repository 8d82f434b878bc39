package org.lantern.flags;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.lantern.platform.LanternTime;

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
    @Nullable LocalDate until) {

  /** A fact of this kind from the row's text, since the day of its moment ({@code at}). */
  public FlagFact sinceTheMoment(FlagFact.Kind kind) {
    return new FlagFact(
        kind,
        Objects.requireNonNull(text),
        Objects.requireNonNull(at).atZone(LanternTime.ZONE).toLocalDate(),
        null);
  }

  /** A fact of this kind from the row's text, from its day until its second day (if any). */
  public FlagFact fromDayToUntil(FlagFact.Kind kind) {
    return new FlagFact(kind, Objects.requireNonNull(text), day, until);
  }
}
