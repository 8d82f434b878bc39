package org.lantern.flags;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.lantern.flags.FlagFact.Kind;

/**
 * The one place that says which facts raise which of Lantern's own flags, and from when until when.
 * A flag that stopped holding stays on the file as a past flag.
 *
 * <ul>
 *   <li>Exploitation pathway: from a front-door decision for the pathway until a later decision
 *       about the child that is not.
 *   <li>Medium or high risk: from a screening at medium or high until a later one below.
 *   <li>Current panel: while the child is on their panel's latest approved meeting, not closed.
 *   <li>Abduction notice: named on one, or linked to an adult served one, until it expires.
 *   <li>Repeat missing: while the missing module's repeat rule holds.
 *   <li>Looked after (foster, residential, supported accommodation, or ours placed elsewhere), or
 *       placed here by another authority: while the child's placement says so.
 *   <li>Child protection plan: while a plan the council recorded has not ended.
 * </ul>
 */
public final class FlagRules {

  private static final Set<String> SERIOUS_LEVELS = Set.of("MEDIUM", "HIGH");
  private static final Set<String> LOOKED_AFTER =
      Set.of("FOSTER_CARE", "RESIDENTIAL", "SUPPORTED_ACCOMMODATION", "PLACED_ELSEWHERE_BY_US");
  private static final String PLACED_HERE = "PLACED_HERE_BY_ANOTHER_AUTHORITY";

  /** What raised each of Lantern's own flags, in words: {@code flags.raisedBy.<code>}. */
  static final String RAISED_BY = "flags.raisedBy";

  private FlagRules() {}

  /** Lantern's own flags from these facts on this day, current first, then latest first. */
  public static List<Flag> flags(List<FlagFact> facts, LocalDate today) {
    List<Flag> flags = new ArrayList<>();
    flags.addAll(
        runs(
            facts,
            Kind.THRESHOLD_DECISION,
            "EXPLOITATION_PATHWAY"::equals,
            LanternFlag.EXPLOITATION_PATHWAY));
    flags.addAll(
        runs(facts, Kind.SCREENING, SERIOUS_LEVELS::contains, LanternFlag.MEDIUM_OR_HIGH_RISK));
    for (FlagFact f : facts) {
      switch (f.kind()) {
        case PANEL ->
            flags.add(
                flag(
                    LanternFlag.CURRENT_PANEL,
                    f.value().equals("CURRENT"),
                    f.on(),
                    f.value().equals("CURRENT") ? null : f.until()));
        case ABDUCTION_NOTICE ->
            flags.add(
                flag(
                    f.value().equals("NAMED")
                        ? LanternFlag.ABDUCTION_NOTICE_NAMED
                        : LanternFlag.ABDUCTION_NOTICE_LINKED,
                    f.until() == null || !f.until().isBefore(today),
                    f.on(),
                    f.until()));
        case REPEAT_MISSING -> flags.add(flag(LanternFlag.REPEAT_MISSING, true, f.on(), null));
        case PLACEMENT -> {
          if (LOOKED_AFTER.contains(f.value())) {
            flags.add(flag(LanternFlag.LOOKED_AFTER, true, f.on(), null));
          } else if (PLACED_HERE.equals(f.value())) {
            flags.add(flag(LanternFlag.PLACED_BY_ANOTHER_AUTHORITY, true, f.on(), null));
          }
        }
        case CHILD_PROTECTION_PLAN ->
            flags.add(
                flag(
                    LanternFlag.CHILD_PROTECTION_PLAN,
                    f.until() == null || f.until().isAfter(today),
                    f.on(),
                    f.until()));
        default -> {}
      }
    }
    flags.sort(ORDER);
    return flags;
  }

  /** Current first, then the latest begun first (unknown beginnings last). */
  public static final Comparator<Flag> ORDER =
      Comparator.comparing((Flag f) -> !f.current())
          .thenComparing(Flag::since, Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()));

  /**
   * A flag for each run of facts of one kind that match, in date order: it holds from the first
   * match until the next fact that does not.
   */
  private static List<Flag> runs(
      List<FlagFact> facts, Kind kind, Predicate<String> raises, LanternFlag type) {
    List<FlagFact> ordered =
        facts.stream()
            .filter(f -> f.kind() == kind && f.on() != null)
            .sorted(Comparator.comparing(FlagFact::on))
            .toList();
    List<Flag> flags = new ArrayList<>();
    LocalDate since = null;
    for (FlagFact f : ordered) {
      boolean match = raises.test(f.value());
      if (match && since == null) {
        since = f.on();
      } else if (!match && since != null) {
        flags.add(flag(type, false, since, f.on()));
        since = null;
      }
    }
    if (since != null) {
      flags.add(flag(type, true, since, null));
    }
    return flags;
  }

  private static Flag flag(
      LanternFlag type, boolean current, @Nullable LocalDate since, @Nullable LocalDate until) {
    return new Flag(
        type.code(), current, since, until, RAISED_BY + "." + type.code(), null, null, null, null);
  }
}
