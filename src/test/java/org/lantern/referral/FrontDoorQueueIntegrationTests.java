package org.lantern.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lantern.access.Role;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.MutableClock;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class FrontDoorQueueIntegrationTests {

  @Autowired Fixtures fixtures;
  @Autowired FrontDoor frontDoor;
  @Autowired ConcernSubmission submission;
  @Autowired ReferralSettings settings;
  @Autowired MutableClock clock;

  @Test
  void aLongQueueShowsTheOldestAndEveryImmediateDangerAndSaysHowManyWait() {
    clock.reset();
    TestPartnership p = fixtures.partnership();
    var teacher = p.user(Role.PRACTITIONER);
    var child = fixtures.child(p);
    int limit = settings.queueLimit();
    UUID oldest = null;
    for (int i = 0; i < limit + 5; i++) {
      UUID id = fixtures.concern(teacher, child);
      oldest = oldest == null ? id : oldest;
      clock.advance(Duration.ofMinutes(1));
    }
    UUID danger =
        submission.raise(
            teacher,
            ChildChoice.existing(child.id()),
            new ConcernContent("Taken away in a car now", LocalDate.now(), null, true, Set.of()),
            UUID.randomUUID().toString());

    FrontDoor.Queue queue = frontDoor.queue(p.user(Role.FRONT_DOOR));

    assertThat(queue.total()).isEqualTo(limit + 6);
    assertThat(queue.isPartial()).isTrue();
    assertThat(queue.rows()).hasSize(limit + 1);
    assertThat(queue.rows().getFirst().concern().id()).isEqualTo(oldest);
    assertThat(queue.rows().getLast().concern().id()).isEqualTo(danger);
    assertThat(queue.rows())
        .extracting(r -> r.concern().submittedAt())
        .isSortedAccordingTo(java.util.Comparator.naturalOrder());
  }
}
