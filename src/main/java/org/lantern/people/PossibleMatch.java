package org.lantern.people;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A new record and a child it may already be, side by side, for the front door to join or keep
 * apart.
 *
 * @param record the new record (made from {@code description}, when a referrer described it)
 * @param candidate the child Lantern already knew that it may be
 * @param comparison how the two compare, detail by detail, by the rule for putting a description on
 *     a known child
 */
public record PossibleMatch(
    UUID id,
    long version,
    ChildSummary record,
    ChildSummary candidate,
    ChildComparison comparison,
    @Nullable ChildDescription description,
    PossibleMatchStatus status,
    Instant createdAt,
    @Nullable String decidedByName,
    @Nullable Instant decidedAt,
    @Nullable String decidedReason) {

  public boolean isOpen() {
    return status == PossibleMatchStatus.OPEN;
  }
}
