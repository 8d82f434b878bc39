package org.lantern.flags;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One fact about a child that a flag rule reads.
 *
 * @param kind what sort of fact
 * @param value its value, by kind: the decision's or level's name, {@code NAMED} or {@code LINKED}
 *     for a notice, {@code CURRENT} or {@code PAST} for a panel, the placement type
 * @param on when it became true (the decision, the screening, the first of the episodes, the notice
 *     served), if known
 * @param until when it stopped or stops being true (a notice's expiry, a past panel's last
 *     meeting), if it does
 */
public record FlagFact(Kind kind, String value, @Nullable LocalDate on, @Nullable LocalDate until) {

  /** The sorts of fact the rules read. */
  public enum Kind {
    /** A front-door threshold decision on a concern about the child ({@code value}: decision). */
    THRESHOLD_DECISION,
    /** A submitted risk screening ({@code value}: its level). */
    SCREENING,
    /** The child was presented to a district panel ({@code value}: CURRENT or PAST). */
    PANEL,
    /** A child abduction warning notice naming the child, or served on a linked adult. */
    ABDUCTION_NOTICE,
    /** The missing module's repeat-missing rule holds now ({@code on}: the window's first). */
    REPEAT_MISSING,
    /** Where the child lives ({@code value}: the placement type). */
    PLACEMENT,
    /** A child protection plan ({@code until}: when it ended, if it has). */
    CHILD_PROTECTION_PLAN
  }
}
