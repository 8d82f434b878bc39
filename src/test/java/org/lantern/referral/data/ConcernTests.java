package org.lantern.referral.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.lantern.referral.Channel;
import org.lantern.referral.ConcernDecided;
import org.lantern.referral.ConcernStatus;
import org.lantern.referral.ConcernSubmitted;
import org.lantern.referral.ReferralConfirmed;
import org.lantern.referral.RiskIndicator;
import org.lantern.referral.ThresholdDecision;
import org.springframework.test.util.ReflectionTestUtils;

/** The concern guards its own path: submitted, confirmed in writing once, decided once. */
class ConcernTests {

  static final Instant SUBMITTED = Instant.parse("2026-11-23T09:00:00Z");
  static final Instant DUE = SUBMITTED.plus(Duration.ofHours(48));
  static final UUID PARTNERSHIP = UUID.randomUUID();
  static final UUID CHILD = UUID.randomUUID();
  static final UUID REFERRER = UUID.randomUUID();
  static final UUID FRONT_DOOR = UUID.randomUUID();

  static ConcernDraft draft(Channel channel, @Nullable UUID referrer, Set<RiskIndicator> ind) {
    return new ConcernDraft(
        PARTNERSHIP,
        CHILD,
        channel,
        referrer,
        UUID.randomUUID(),
        "Test Teacher",
        null,
        channel == Channel.VERBAL ? FRONT_DOOR : null,
        "Seen at the bus station late at night.",
        LocalDate.of(2026, 11, 22),
        "Bus station",
        false,
        ind,
        null,
        null,
        null,
        "token");
  }

  static ConcernEntity written() {
    return ConcernEntity.submit(
        draft(Channel.WRITTEN, REFERRER, Set.of(RiskIndicator.SEXUAL_EXPLOITATION)),
        "C-1",
        SUBMITTED,
        DUE);
  }

  static ConcernEntity verbal() {
    return ConcernEntity.submit(draft(Channel.VERBAL, REFERRER, Set.of()), "C-2", SUBMITTED, DUE);
  }

  static List<Object> events(ConcernEntity concern) {
    Collection<?> events = ReflectionTestUtils.invokeMethod(concern, "domainEvents");
    return List.copyOf(events);
  }

  static void clearEvents(ConcernEntity concern) {
    ReflectionTestUtils.invokeMethod(concern, "clearDomainEvents");
  }

  @Test
  void submittingRecordsConcernSubmitted() {
    ConcernEntity c = written();

    assertThat(c.status()).isEqualTo(ConcernStatus.NEW);
    assertThat(c.submittedAt()).isEqualTo(SUBMITTED);
    assertThat(c.reference()).isEqualTo("C-1");
    assertThat(events(c))
        .containsExactly(
            new ConcernSubmitted(
                c.id(),
                PARTNERSHIP,
                CHILD,
                Channel.WRITTEN,
                REFERRER,
                Set.of(RiskIndicator.SEXUAL_EXPLOITATION)));
    assertThat(((ConcernSubmitted) events(c).getFirst()).namesExploitation()).isTrue();
  }

  @Test
  void onlyAPhoneReferralAwaitsWrittenConfirmation() {
    ConcernEntity written = written();
    ConcernEntity verbal = verbal();

    assertThat(written.awaitingConfirmation()).isFalse();
    assertThat(written.confirmationDueAt()).isNull();
    assertThat(verbal.awaitingConfirmation()).isTrue();
    assertThat(verbal.confirmationDueAt()).isEqualTo(DUE);
  }

  @Test
  void decidingRecordsTheDecisionAndTellsTheReferrer() {
    ConcernEntity c = written();
    clearEvents(c);
    Instant at = SUBMITTED.plus(Duration.ofHours(3));

    c.decide(ThresholdDecision.EARLY_HELP, "Family agrees to support.", FRONT_DOOR, at, null);

    assertThat(c.status()).isEqualTo(ConcernStatus.DECIDED);
    assertThat(c.decision()).isEqualTo(ThresholdDecision.EARLY_HELP);
    assertThat(c.decisionReasons()).isEqualTo("Family agrees to support.");
    assertThat(c.decidedByUserId()).isEqualTo(FRONT_DOOR);
    assertThat(c.decidedAt()).isEqualTo(at);
    assertThat(events(c))
        .containsExactly(
            decided(c, ThresholdDecision.EARLY_HELP, "Family agrees to support.", at, true));
  }

  @Test
  void aConcernIsDecidedOnce() {
    ConcernEntity c = written();
    c.decide(ThresholdDecision.EARLY_HELP, "First.", FRONT_DOOR, SUBMITTED, null);
    clearEvents(c);

    assertThatIllegalStateException()
        .isThrownBy(
            () ->
                c.decide(
                    ThresholdDecision.STRATEGY_DISCUSSION,
                    "Second.",
                    UUID.randomUUID(),
                    DUE,
                    null));

    assertThat(c.decision()).isEqualTo(ThresholdDecision.EARLY_HELP);
    assertThat(c.decisionReasons()).isEqualTo("First.");
    assertThat(c.decidedByUserId()).isEqualTo(FRONT_DOOR);
    assertThat(events(c)).isEmpty();
  }

  @Test
  void aPhoneReferralIsConfirmedInWritingOnce() {
    ConcernEntity c = verbal();
    clearEvents(c);
    Instant at = SUBMITTED.plus(Duration.ofHours(5));

    c.confirmInWriting(REFERRER, "What I told the front door.", at);

    assertThat(c.awaitingConfirmation()).isFalse();
    assertThat(c.confirmedAt()).isEqualTo(at);
    assertThat(c.confirmedByUserId()).isEqualTo(REFERRER);
    assertThat(c.writtenAccount()).isEqualTo("What I told the front door.");
    assertThat(events(c)).containsExactly(new ReferralConfirmed(c.id(), REFERRER, false));

    clearEvents(c);
    assertThatIllegalStateException().isThrownBy(() -> c.confirmInWriting(REFERRER, "Again.", DUE));
    assertThat(c.writtenAccount()).isEqualTo("What I told the front door.");
    assertThat(c.confirmedAt()).isEqualTo(at);
    assertThat(events(c)).isEmpty();
  }

  @Test
  void aWrittenConcernNeedsNoConfirmation() {
    ConcernEntity c = written();
    assertThatIllegalStateException()
        .isThrownBy(() -> c.confirmInWriting(REFERRER, "Account.", SUBMITTED));
    assertThat(c.confirmedAt()).isNull();
  }

  @Test
  void decidedBeforeConfirmedTheReferrerIsNotToldUntilTheyConfirm() {
    ConcernEntity c = verbal();
    clearEvents(c);

    c.decide(ThresholdDecision.EXPLOITATION_PATHWAY, "Screen.", FRONT_DOOR, SUBMITTED, null);
    assertThat(events(c))
        .containsExactly(
            decided(c, ThresholdDecision.EXPLOITATION_PATHWAY, "Screen.", SUBMITTED, false));

    clearEvents(c);
    c.confirmInWriting(REFERRER, "Account.", DUE);
    assertThat(events(c)).containsExactly(new ReferralConfirmed(c.id(), REFERRER, true));
  }

  @Test
  void confirmedBeforeDecidedTheReferrerIsToldTheDecision() {
    ConcernEntity c = verbal();
    c.confirmInWriting(REFERRER, "Account.", SUBMITTED);
    clearEvents(c);

    c.decide(ThresholdDecision.NO_FURTHER_ACTION, "Advice given.", FRONT_DOOR, DUE, null);

    assertThat(events(c))
        .containsExactly(
            decided(c, ThresholdDecision.NO_FURTHER_ACTION, "Advice given.", DUE, true));
  }

  private static ConcernDecided decided(
      ConcernEntity c, ThresholdDecision d, String reasons, Instant at, boolean told) {
    return new ConcernDecided(
        c.id(), PARTNERSHIP, c.childId(), REFERRER, d, reasons, FRONT_DOOR, at, null, told);
  }
}
