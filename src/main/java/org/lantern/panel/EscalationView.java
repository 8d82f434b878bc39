package org.lantern.panel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.risk.RiskLevel;

/**
 * A child on the county manager's review list: the three presentations that put them there and,
 * once made, the manager's decision.
 */
public record EscalationView(
    UUID id,
    UUID childId,
    String childName,
    String districtName,
    List<Step> presentations,
    Instant openedAt,
    @Nullable String decision,
    @Nullable String decidedBy,
    @Nullable Instant decidedAt,
    long version) {

  /** One of the three presentations. */
  public record Step(LocalDate meetingOn, RiskLevel level, PanelDecision decision) {}

  public boolean decided() {
    return decidedAt != null;
  }
}
