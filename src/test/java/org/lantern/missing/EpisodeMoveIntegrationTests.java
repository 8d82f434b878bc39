package org.lantern.missing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lantern.testing.ChildBuilder.aChild;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.access.AccessPolicy;
import org.lantern.access.AccessRefusedException;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditLog;
import org.lantern.access.CurrentUser;
import org.lantern.access.Permission;
import org.lantern.access.Role;
import org.lantern.people.ChildSummary;
import org.lantern.people.Children;
import org.lantern.people.DescriptionOutcome;
import org.lantern.people.NewChild;
import org.lantern.people.Sex;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.MutableClock;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A missing episode's child: a notification sent again stays with its episode; and undoing a wrong
 * join for a missing episode: the front door moves it to the right child, with the adult the child
 * was found with; the missing-service worker's link through its return interview goes with it; both
 * children's audit trails say so.
 */
@IntegrationTest
class EpisodeMoveIntegrationTests {

  static final LocalDate BORN = LocalDate.of(2011, 3, 27);

  @Autowired Fixtures fixtures;
  @Autowired Episodes episodes;
  @Autowired EpisodeMoves moves;
  @Autowired ReturnInterviews interviews;
  @Autowired Children children;
  @Autowired AccessPolicy policy;
  @Autowired AuditLog audit;
  @Autowired JdbcTemplate jdbc;
  @Autowired MutableClock clock;

  TestPartnership p;
  CurrentUser frontDoor;
  ChildSummary robert;

  @BeforeEach
  void setUp() {
    clock.set(Instant.parse("2026-11-18T12:00:00Z"));
    p = fixtures.partnership();
    frontDoor = p.user(Role.FRONT_DOOR);
    robert =
        fixtures.child(
            p,
            aChild("Robert", "Quennell").sex(Sex.MALE).born(BORN).district(p.districtId()).build());
  }

  @Test
  void anEpisodeMovesToANewRecordWithItsAdultAndItsInterviewersLink() {
    Episodes.RecordedDescribed recorded =
        episodes.recordDescribed(
            p.user(Role.POLICE),
            "NICHE",
            "NICHE",
            aChild("Bobby", "Quennell").born(BORN).build(),
            new EpisodeRules.Fields(
                "MP-2026-000100",
                "HOME",
                Instant.parse("2026-11-16T22:30:00Z"),
                null,
                Instant.parse("2026-11-17T09:00:00Z"),
                null,
                "Found with Dean Farrow",
                "Dean",
                "Farrow",
                null,
                "MEDIUM"));
    UUID episode = recorded.episodeId();
    assertThat(recorded.childMatch()).isEqualTo(DescriptionOutcome.KNOWN_CHILD);
    assertThat(childOf(episode)).isEqualTo(robert.id());
    CurrentUser worker = p.user(Role.MISSING_SERVICE_WORKER);
    interviews.record(
        worker,
        episode,
        interviews.open(worker, episode).episode().version(),
        InterviewOutcome.OFFERED,
        Instant.parse("2026-11-17T12:00:00Z"),
        Set.of(),
        null,
        null,
        null);
    assertThat(mayView(worker, robert.id())).isTrue();

    EpisodeMoves.Options options = moves.options(frontDoor, episode);
    assertThat(options.choices().description().givenName()).isEqualTo("Bobby");
    UUID now =
        moves.move(frontDoor, episode, options.episode().version(), null, "Bobby is his cousin.");

    assertThat(childOf(episode)).isEqualTo(now).isNotEqualTo(robert.id());
    assertThat(children.summary(now).fullName()).isEqualTo("Bobby Quennell");
    assertThat(adultLinksOf(robert.id())).isZero();
    assertThat(adultLinksOf(now)).isEqualTo(1);
    assertThat(mayView(worker, robert.id())).isFalse();
    assertThat(mayView(worker, now)).isTrue();
    assertThat(audit.forChild(robert.id()))
        .extracting(e -> e.action())
        .contains(AuditAction.MOVE_TO_ANOTHER_CHILD, AuditAction.END_RELATIONSHIP);
    assertThat(audit.forChild(now))
        .anySatisfy(
            e -> {
              assertThat(e.action()).isEqualTo(AuditAction.MOVE_TO_ANOTHER_CHILD);
              assertThat(e.purpose()).contains("Bobby is his cousin.");
            });
  }

  @Test
  void theSameNotificationSentAgainAfterAMoveStaysWithItsEpisode() {
    NewChild bobby = aChild("Bobby", "Quennell").born(BORN).build();
    EpisodeRules.Fields fields =
        new EpisodeRules.Fields(
            "MP-2026-000101",
            "HOME",
            Instant.parse("2026-11-16T22:30:00Z"),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            "MEDIUM");
    UUID episode =
        episodes.recordDescribed(p.user(Role.POLICE), "NICHE", "NICHE", bobby, fields).episodeId();
    UUID now =
        moves.move(
            frontDoor, episode, moves.options(frontDoor, episode).episode().version(), null, "No.");

    Episodes.RecordedDescribed again =
        episodes.recordDescribed(p.user(Role.POLICE), "NICHE", "NICHE", bobby, fields);

    assertThat(again.episodeId()).isEqualTo(episode);
    assertThat(again.created()).isFalse();
    assertThat(childOf(episode)).isEqualTo(now);
  }

  @Test
  void aNotificationWithoutADateOfBirthSentAgainUpdatesItsEpisodeButAnotherChildsIsRefused() {
    NewChild noDate = aChild("Ada", "Quennell").build();
    EpisodeRules.Fields fields =
        new EpisodeRules.Fields(
            "MP-2026-000103",
            "HOME",
            Instant.parse("2026-11-16T22:30:00Z"),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            "MEDIUM");
    Episodes.RecordedDescribed first =
        episodes.recordDescribed(p.user(Role.POLICE), "NICHE", "NICHE", noDate, fields);
    assertThat(first.childMatch()).isEqualTo(DescriptionOutcome.NEW_CHILD);

    Episodes.RecordedDescribed again =
        episodes.recordDescribed(p.user(Role.POLICE), "NICHE", "NICHE", noDate, fields);
    assertThat(again.episodeId()).isEqualTo(first.episodeId());
    assertThat(again.created()).isFalse();

    NewChild withADate = aChild("Ada", "Quennell").born(BORN).build();
    assertThat(
            episodes
                .recordDescribed(p.user(Role.POLICE), "NICHE", "NICHE", withADate, fields)
                .episodeId())
        .isEqualTo(first.episodeId());

    NewChild someoneElse = aChild("Ben", "Quennell").born(BORN).build();
    assertThatThrownBy(
            () ->
                episodes.recordDescribed(
                    p.user(Role.POLICE), "NICHE", "NICHE", someoneElse, fields))
        .isInstanceOfSatisfying(
            EpisodeRejectedException.class,
            e -> assertThat(e.code()).isEqualTo("missing.policeReference.otherChild"));
  }

  @Test
  void onlyThoseWhoSeeTheWholePartnershipMoveAnEpisode() {
    UUID episode =
        episodes
            .recordDescribed(
                p.user(Role.POLICE),
                "NICHE",
                "NICHE",
                aChild("Bobby", "Quennell").born(BORN).build(),
                new EpisodeRules.Fields(
                    "MP-2026-000102",
                    "HOME",
                    Instant.parse("2026-11-16T22:30:00Z"),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    "MEDIUM"))
            .episodeId();

    assertThatThrownBy(() -> moves.move(p.user(Role.POLICE), episode, 0, null, "Mine."))
        .isInstanceOf(AccessRefusedException.class);
    assertThat(childOf(episode)).isEqualTo(robert.id());
  }

  private boolean mayView(CurrentUser user, UUID child) {
    return policy.decide(user, Permission.VIEW_CHILD_RECORD, children.ref(child)).allowed();
  }

  private UUID childOf(UUID episode) {
    return jdbc.queryForObject(
        "select child_id from missing_episode where id = ?", UUID.class, episode);
  }

  private int adultLinksOf(UUID child) {
    return jdbc.queryForObject(
        "select count(*) from adult_child_link where child_id = ?", Integer.class, child);
  }
}
