package org.lantern.casework;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.access.NewUser;
import org.lantern.access.Role;
import org.lantern.access.UserView;
import org.lantern.people.ChildSummary;
import org.lantern.referral.FrontDoor;
import org.lantern.referral.ThresholdDecision;
import org.lantern.testing.Fixtures;
import org.lantern.testing.TestPartnership;

/**
 * A partnership whose district team (the fixture's team) takes exploitation and strategy cases, an
 * early-help team, and another district team with its own manager and worker.
 */
final class CaseworkScenario {

  final TestPartnership p;
  final UUID earlyHelpTeam;
  final UUID otherTeam;
  final CurrentUser frontDoor;
  final CurrentUser manager;
  final CurrentUser worker;
  final CurrentUser secondWorker;
  final CurrentUser otherManager;
  final CurrentUser otherWorker;
  private final Fixtures fixtures;
  private final Directory directory;
  private final FrontDoor door;

  CaseworkScenario(Fixtures fixtures, Directory directory, TeamRouting routing, FrontDoor door) {
    this(fixtures.partnership(), fixtures, directory, routing, door);
  }

  /** On a partnership made already (a panel scenario's, say). */
  CaseworkScenario(
      TestPartnership partnership,
      Fixtures fixtures,
      Directory directory,
      TeamRouting routing,
      FrontDoor door) {
    this.fixtures = fixtures;
    this.directory = directory;
    this.door = door;
    p = partnership;
    routing.register(p.id(), p.teamId(), p.districtId(), false);
    earlyHelpTeam = directory.createTeam(p.councilId(), "Early help " + p.suffix());
    routing.register(p.id(), earlyHelpTeam, null, true);
    otherTeam = directory.createTeam(p.councilId(), "Other district team " + p.suffix());
    routing.register(p.id(), otherTeam, null, false);
    frontDoor = p.user(Role.FRONT_DOOR);
    manager = p.user(Role.TEAM_MANAGER);
    worker = p.user(Role.SOCIAL_WORKER);
    secondWorker = person(Role.SOCIAL_WORKER, p.teamId(), "Second worker");
    otherManager = person(Role.TEAM_MANAGER, otherTeam, "Other manager");
    otherWorker = person(Role.SOCIAL_WORKER, otherTeam, "Other worker");
  }

  /** A new person in the council, in this role and team. */
  CurrentUser person(Role role, @Nullable UUID team, String name) {
    String username = role.name().toLowerCase().replace('_', '-') + "-" + UUID.randomUUID();
    UUID id =
        directory.createUser(
            new NewUser(
                username,
                name + " " + p.suffix(),
                username + "@test.invalid",
                TestPartnership.PASSWORD,
                role,
                p.councilId(),
                team));
    UserView v = directory.user(id).orElseThrow();
    return new CurrentUser(
        id, username, v.displayName(), role, p.councilId(), v.agencyName(), p.id(), team);
  }

  /** A teacher's concern about a new child, decided by the front door. */
  ChildSummary decided(ThresholdDecision decision, @Nullable UUID team) {
    ChildSummary child = fixtures.child(p);
    decide(child, decision, team);
    return child;
  }

  /** A new concern about the child, decided. */
  UUID decide(ChildSummary child, ThresholdDecision decision, @Nullable UUID team) {
    UUID concern = fixtures.concern(p.user(Role.PRACTITIONER), child);
    door.decide(
        frontDoor,
        concern,
        door.open(frontDoor, concern).concern().version(),
        decision,
        "Reasons for " + decision.name(),
        team);
    return concern;
  }
}
