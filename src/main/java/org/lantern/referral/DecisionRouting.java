package org.lantern.referral;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Where a threshold decision sends the child: the council teams the front door may choose from, and
 * the one chosen when it does not. Implemented by the module that owns the child's case (casework);
 * the front door's decision form asks it, and {@link ConcernDecided} carries the choice.
 */
public interface DecisionRouting {

  /** A council team that takes children from the front door. */
  record Team(UUID id, String name, boolean earlyHelp) {}

  /** The teams of the partnership that take children routed to them, by name. */
  List<Team> teams(UUID partnershipId);

  /** The team chosen when the front door chooses none: by the decision and the child's district. */
  @Nullable UUID defaultTeam(UUID partnershipId, ThresholdDecision decision, UUID childId);

  /** Whether the decision sends the child to a team at all (no further action closes). */
  static boolean routesToTeam(ThresholdDecision decision) {
    return decision != ThresholdDecision.NO_FURTHER_ACTION;
  }
}
