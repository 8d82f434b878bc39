package org.lantern.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lantern.access.Role;
import org.lantern.referral.FrontDoor;
import org.lantern.referral.Referrals;
import org.lantern.referral.RiskIndicator;
import org.lantern.referral.ThresholdDecision;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.RecordingMailSender;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class MailNotificationIntegrationTests {

  @Autowired Fixtures fixtures;
  @Autowired FrontDoor frontDoor;
  @Autowired Referrals referrals;
  @Autowired RecordingMailSender mail;

  @Test
  void noticesAreEmailedAfterCommitWithoutSayingWhoTheyAreAbout() {
    TestPartnership p = fixtures.partnership();
    var child = fixtures.child(p);
    var teacher = p.user(Role.PRACTITIONER);
    UUID concern = fixtures.concern(teacher, child, RiskIndicator.CRIMINAL_EXPLOITATION);

    String coordinator = p.username(Role.EXPLOITATION_COORDINATOR) + "@test.invalid";
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> assertThat(mail.sentTo(coordinator)).hasSize(1));
    var copy = mail.sentTo(coordinator).getFirst();
    assertThat(copy.getSubject()).isEqualTo("Lantern: a new concern names exploitation");
    assertThat(copy.getText()).contains("/inbox").doesNotContain(child.givenName());

    long version = referrals.one(teacher, concern).concern().version();
    frontDoor.decide(
        p.user(Role.FRONT_DOOR),
        concern,
        version,
        ThresholdDecision.EARLY_HELP,
        "Family agree.",
        null);
    String referrer = teacher.username() + "@test.invalid";
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> assertThat(mail.sentTo(referrer)).hasSize(1));
    assertThat(mail.sentTo(referrer).getFirst().getText())
        .doesNotContain(child.familyName())
        .doesNotContain("Family agree");
  }
}
