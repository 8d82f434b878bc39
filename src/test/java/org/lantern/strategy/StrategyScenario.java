package org.lantern.strategy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.CurrentUser;
import org.lantern.access.Role;
import org.lantern.casework.TeamRouting;
import org.lantern.people.ChildSummary;
import org.lantern.platform.LanternTime;
import org.lantern.referral.FrontDoor;
import org.lantern.referral.ThresholdDecision;
import org.lantern.testing.Fixtures;
import org.lantern.testing.MutableClock;
import org.lantern.testing.TestPartnership;

/**
 * A partnership whose front door decides on concerns, with a social worker, a police officer and a
 * health safeguarding lead to invite; helpers to decide, and to record a meeting as held.
 */
final class StrategyScenario {

  final TestPartnership p;
  final CurrentUser frontDoor;
  final CurrentUser worker;
  final CurrentUser police;
  final CurrentUser health;
  private final Fixtures fixtures;
  private final FrontDoor door;
  private final MutableClock clock;

  StrategyScenario(Fixtures fixtures, TeamRouting routing, FrontDoor door, MutableClock clock) {
    this.fixtures = fixtures;
    this.door = door;
    this.clock = clock;
    p = fixtures.partnership();
    routing.register(p.id(), p.teamId(), p.districtId(), false);
    frontDoor = p.user(Role.FRONT_DOOR);
    worker = p.user(Role.SOCIAL_WORKER);
    police = p.user(Role.POLICE);
    health = p.user(Role.HEALTH_SAFEGUARDING_LEAD);
  }

  /** The clock at this UK date and time. */
  void at(LocalDateTime when) {
    clock.set(when.atZone(LanternTime.ZONE).toInstant());
  }

  static Instant uk(LocalDateTime when) {
    return when.atZone(LanternTime.ZONE).toInstant();
  }

  /** A new child, a concern about them, and the front door's decision now. */
  ChildSummary decided(ThresholdDecision decision) {
    ChildSummary child = fixtures.child(p);
    UUID concern = fixtures.concern(p.user(Role.PRACTITIONER), child);
    door.decide(
        frontDoor,
        concern,
        door.open(frontDoor, concern).concern().version(),
        decision,
        "Reasons for " + decision.name(),
        null);
    return child;
  }

  ChildSummary child() {
    return fixtures.child(p);
  }

  /** A meeting as held now, police and health invited and there, with one action. */
  MeetingRecord held(MeetingDecision decision, @Nullable UUID actionOwner, LocalDate actionDue) {
    return new MeetingRecord(
        clock.instant(),
        List.of(police.id(), health.id(), worker.id()),
        List.of(police.id(), health.id(), worker.id()),
        "Police know of two older males; health saw her at the sexual health clinic.",
        decision,
        "Risk of sexual exploitation is significant.",
        List.of(new MeetingRecord.Action("Visit the child at home", actionOwner, actionDue, null)),
        null);
  }
}
