package org.lantern.casework;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.referral.ThresholdDecision;

/**
 * A child's case as pages show it, names resolved. Only to be shown after the access policy allowed
 * it.
 */
public record CaseView(
    UUID id,
    UUID childId,
    String childName,
    CaseStatus status,
    ThresholdDecision decision,
    String decisionReasons,
    UUID concernId,
    @Nullable UUID teamId,
    @Nullable String teamName,
    @Nullable UUID workerId,
    @Nullable String workerName,
    Instant routedAt,
    @Nullable Instant allocatedAt,
    @Nullable String allocatedByName,
    @Nullable String councilReference,
    @Nullable String otherAuthority,
    @Nullable Instant closedAt,
    @Nullable String closeReason,
    @Nullable Instant reopenedAt,
    long version) {

  public boolean isOpen() {
    return status.isOpen();
  }

  public boolean awaitsAllocation() {
    return status == CaseStatus.AWAITING_ALLOCATION;
  }

  public boolean wasReopened() {
    return reopenedAt != null;
  }
}
