package org.lantern.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A concern as pages and other modules read it. */
public record ConcernView(
    UUID id,
    String reference,
    UUID partnershipId,
    UUID childId,
    Channel channel,
    @Nullable UUID referrerUserId,
    String referrerName,
    String referrerAgencyName,
    @Nullable String referrerContact,
    @Nullable String recordedByName,
    String whatHappened,
    @Nullable LocalDate occurredOn,
    @Nullable String location,
    boolean immediateDanger,
    List<RiskIndicator> indicators,
    Instant submittedAt,
    Instant decisionDueAt,
    @Nullable Instant confirmationDueAt,
    @Nullable Instant confirmedAt,
    @Nullable String confirmedByName,
    @Nullable String writtenAccount,
    ConcernStatus status,
    @Nullable ThresholdDecision decision,
    @Nullable String decisionReasons,
    @Nullable String decidedByName,
    @Nullable Instant decidedAt,
    @Nullable String sourceSystem,
    @Nullable String sourceId,
    long version) {

  public boolean isDecided() {
    return status == ConcernStatus.DECIDED;
  }

  /**
   * A phone referral not yet confirmed in writing by a referrer who owes it (a professional; a
   * parent or member of the public owes none, and their referral has no confirmation clock).
   */
  public boolean awaitingConfirmation() {
    return channel == Channel.VERBAL && confirmedAt == null && confirmationDueAt != null;
  }

  public boolean confirmationOverdue(Instant now) {
    return awaitingConfirmation() && confirmationDueAt != null && now.isAfter(confirmationDueAt);
  }

  public boolean decisionOverdue(Instant now) {
    return !isDecided() && now.isAfter(decisionDueAt);
  }

  /** Whether the referrer may see status and outcome (not until a phone referral is confirmed). */
  public boolean referrerMayBeTold() {
    return !awaitingConfirmation();
  }

  /** Whether this is a phone referral made by {@code userId} that they have not yet confirmed. */
  public boolean awaitingConfirmationFrom(UUID userId) {
    return awaitingConfirmation() && userId.equals(referrerUserId);
  }

  /**
   * The concern as {@code viewerId} may read it, wherever they read it. The referrer of a phone
   * referral gets no status updates until they confirm it in writing (ADR 0004): for them it stays
   * new, with no decision, reasons or decision-maker, even when they can see the child's record
   * through another referral. Everyone else reads it as it is.
   */
  public ConcernView seenBy(UUID viewerId) {
    if (!awaitingConfirmationFrom(viewerId)) {
      return this;
    }
    return new ConcernView(
        id,
        reference,
        partnershipId,
        childId,
        channel,
        referrerUserId,
        referrerName,
        referrerAgencyName,
        referrerContact,
        recordedByName,
        whatHappened,
        occurredOn,
        location,
        immediateDanger,
        indicators,
        submittedAt,
        decisionDueAt,
        confirmationDueAt,
        confirmedAt,
        confirmedByName,
        writtenAccount,
        ConcernStatus.NEW,
        null,
        null,
        null,
        null,
        sourceSystem,
        sourceId,
        version);
  }

  public boolean namesExploitation() {
    return indicators.stream().anyMatch(RiskIndicator::namesExploitation);
  }
}
