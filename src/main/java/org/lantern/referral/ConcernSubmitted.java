package org.lantern.referral;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A concern now exists, committed with this event. */
public record ConcernSubmitted(
    UUID concernId,
    UUID partnershipId,
    UUID childId,
    Channel channel,
    @Nullable UUID referrerUserId,
    Set<RiskIndicator> indicators) {

  public boolean namesExploitation() {
    return indicators.stream().anyMatch(RiskIndicator::namesExploitation);
  }
}
