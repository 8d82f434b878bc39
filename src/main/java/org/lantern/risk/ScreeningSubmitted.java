package org.lantern.risk;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A screening was submitted, committed with this event: its level, and the level of the child's
 * screening before it (null for the first).
 */
public record ScreeningSubmitted(
    UUID screeningId,
    UUID partnershipId,
    UUID childId,
    RiskLevel level,
    @Nullable RiskLevel previous) {

  /** At high, or a level higher than the one before. */
  public boolean highOrRising() {
    return level == RiskLevel.HIGH || (previous != null && level.compareTo(previous) > 0);
  }
}
