package org.lantern.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Who may read a concern's status and outcome: not the referrer of an unconfirmed phone call. */
class ConcernViewTests {

  static final UUID REFERRER = UUID.randomUUID();
  static final UUID SOMEONE_ELSE = UUID.randomUUID();
  static final Instant PHONED = Instant.parse("2026-11-23T12:00:00Z");
  static final Instant DECIDED = PHONED.plusSeconds(3600);

  @Test
  void theReferrerOfAnUnconfirmedPhoneReferralSeesItNewWithNoDecision() {
    ConcernView decided = decided(Channel.VERBAL, null);

    ConcernView seen = decided.seenBy(REFERRER);

    assertThat(decided.awaitingConfirmationFrom(REFERRER)).isTrue();
    assertThat(seen.status()).isEqualTo(ConcernStatus.NEW);
    assertThat(seen.isDecided()).isFalse();
    assertThat(seen.decision()).isNull();
    assertThat(seen.decisionReasons()).isNull();
    assertThat(seen.decidedByName()).isNull();
    assertThat(seen.decidedAt()).isNull();
    assertThat(seen.whatHappened()).isEqualTo(decided.whatHappened());
    assertThat(seen.confirmationDueAt()).isEqualTo(decided.confirmationDueAt());
    assertThat(seen.version()).isEqualTo(decided.version());
  }

  @Test
  void everyoneElseSeesTheDecisionOfAnUnconfirmedPhoneReferral() {
    ConcernView decided = decided(Channel.VERBAL, null);

    assertThat(decided.awaitingConfirmationFrom(SOMEONE_ELSE)).isFalse();
    assertThat(decided.seenBy(SOMEONE_ELSE)).isEqualTo(decided);
  }

  @Test
  void theReferrerSeesTheDecisionOnceTheyHaveConfirmed() {
    ConcernView confirmed = decided(Channel.VERBAL, PHONED.plusSeconds(60));

    assertThat(confirmed.awaitingConfirmationFrom(REFERRER)).isFalse();
    assertThat(confirmed.seenBy(REFERRER)).isEqualTo(confirmed);
  }

  @Test
  void theReferrerOfAWrittenConcernSeesItsDecision() {
    ConcernView written = decided(Channel.WRITTEN, null);

    assertThat(written.awaitingConfirmationFrom(REFERRER)).isFalse();
    assertThat(written.seenBy(REFERRER)).isEqualTo(written);
  }

  private static ConcernView decided(Channel channel, @Nullable Instant confirmedAt) {
    return new ConcernView(
        UUID.randomUUID(),
        "LC-TEST-0001",
        UUID.randomUUID(),
        UUID.randomUUID(),
        channel,
        REFERRER,
        "A teacher",
        "A school",
        "01632 960123",
        channel == Channel.VERBAL ? "A front-door worker" : null,
        "Seen getting into a car with two older men.",
        LocalDate.of(2026, 11, 22),
        "School gates",
        false,
        List.of(RiskIndicator.OLDER_PARTNER),
        PHONED,
        PHONED.plusSeconds(86_400),
        channel == Channel.VERBAL ? PHONED.plusSeconds(48 * 3600) : null,
        confirmedAt,
        confirmedAt == null ? null : "A teacher",
        confirmedAt == null ? null : "In writing.",
        ConcernStatus.DECIDED,
        ThresholdDecision.STRATEGY_DISCUSSION,
        "Police, health and social care to meet.",
        "A front-door worker",
        DECIDED,
        null,
        null,
        3);
  }
}
