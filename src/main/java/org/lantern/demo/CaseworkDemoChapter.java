package org.lantern.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.lantern.access.Directory;
import org.lantern.access.NewUser;
import org.lantern.access.RelationshipKind;
import org.lantern.access.Relationships;
import org.lantern.access.Role;
import org.lantern.casework.CaseImport;
import org.lantern.casework.NetworkRole;
import org.lantern.casework.TeamRouting;
import org.lantern.people.ChildSummary;
import org.lantern.referral.HistoricConcern;
import org.lantern.referral.ThresholdDecision;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Casework in the demo county: each district's children's team and an early-help team take children
 * from the front door; each child's last decision routed them; every team has a manager and workers
 * holding 10 to 20 children each, and a few children wait on each team's queue. Sam Okafor
 * (socialworker) holds his Greywater children, Lena Whitcombe (manager) runs that team, and
 * allocated children have a professional network (the school's lead, the GP, the police officer).
 */
@Component
class CaseworkDemoChapter implements DemoChapter {

  private static final Logger log = LoggerFactory.getLogger(CaseworkDemoChapter.class);

  /** The most children a demo worker holds, and how many stay waiting on each queue. */
  private static final int MOST = 18;

  private static final int WAITING = 4;

  private static final int TYPICAL = 15;

  private static final List<String> WORKERS =
      List.of(
          "Nadia Brook",
          "Callum Reid",
          "Imogen Shaw",
          "Tariq Bello",
          "Rosa Lindqvist",
          "Declan Moss",
          "Hana Sato",
          "Luke Pemberton",
          "Maya Okonkwo",
          "Peter Vance",
          "Zara Quinn",
          "Owen Hale",
          "Fern Castillo",
          "Ravi Menon",
          "Elsie Dunmore",
          "Kofi Mensah",
          "Lydia Marsh",
          "Ibrahim Noor",
          "Gemma Thorne",
          "Jonah Price");

  private final Directory directory;
  private final TeamRouting routing;
  private final CaseImport cases;
  private final Relationships relationships;
  private final DemoSettings settings;

  CaseworkDemoChapter(
      Directory directory,
      TeamRouting routing,
      CaseImport cases,
      Relationships relationships,
      DemoSettings settings) {
    this.directory = directory;
    this.routing = routing;
    this.cases = cases;
    this.relationships = relationships;
    this.settings = settings;
  }

  @Override
  public int order() {
    return 350;
  }

  /** A team: its manager and workers, and the children routed to it. */
  private record Team(UUID id, UUID manager, List<UUID> workers, List<CaseImport.Historic> cases) {}

  @Override
  public void write(Facts county) {
    DemoOrganisation org = county.organisation();
    Random random = county.random();
    UUID council = org.agencies.get(DemoAccount.COUNCIL);
    int[] named = {0};
    Map<UUID, Team> byDistrict = new LinkedHashMap<>();
    for (String district : DemoOrganisation.DISTRICTS) {
      UUID team = org.teams.get(district + " children's team");
      UUID districtId = org.districts.get(district);
      routing.register(org.partnershipId, team, districtId, false);
      boolean greywater = district.equals("Greywater");
      UUID manager =
          greywater ? org.user("manager") : person(org, Role.TEAM_MANAGER, team, council, named);
      List<UUID> workers = new ArrayList<>();
      if (greywater) {
        workers.add(org.user("socialworker"));
      }
      byDistrict.put(districtId, new Team(team, manager, workers, new ArrayList<>()));
    }
    UUID earlyHelpId = directory.createTeam(council, "Early help team");
    routing.register(org.partnershipId, earlyHelpId, null, true);
    List<UUID> earlyHelpWorkers = new ArrayList<>();
    UUID earlyHelpManager = person(org, Role.TEAM_MANAGER, earlyHelpId, council, named);
    Team earlyHelp = new Team(earlyHelpId, earlyHelpManager, earlyHelpWorkers, new ArrayList<>());
    Team greywater = byDistrict.get(org.districts.get("Greywater"));

    Map<UUID, HistoricConcern> last = new HashMap<>();
    for (HistoricConcern c : county.concerns()) {
      if (c.decision() != null && c.decidedAt() != null) {
        last.merge(c.childId(), c, (a, b) -> a.decidedAt().isAfter(b.decidedAt()) ? a : b);
      }
    }
    List<CaseImport.Historic> closed = new ArrayList<>();
    UUID sam = org.user("socialworker");
    Set<UUID> samsChildren = new HashSet<>();
    for (ChildSummary child : county.children()) {
      HistoricConcern c = last.get(child.id());
      if (c == null) {
        continue;
      }
      // children the county's history already gave Sam (DemoHistories) stay his, in Greywater
      boolean sams =
          c.decision() != ThresholdDecision.NO_FURTHER_ACTION
              && c.decision() != ThresholdDecision.EARLY_HELP
              && relationships.current(child.id(), sam, null).stream()
                  .anyMatch(r -> r.kind() == RelationshipKind.ALLOCATED_WORKER);
      Team team =
          sams
              ? greywater
              : switch (c.decision()) {
                case NO_FURTHER_ACTION -> null;
                case EARLY_HELP -> earlyHelp;
                default -> byDistrict.getOrDefault(child.districtId(), greywater);
              };
      if (sams) {
        samsChildren.add(child.id());
      }
      CaseImport.Historic routed =
          new CaseImport.Historic(
              org.partnershipId,
              child.id(),
              c.id(),
              c.decision(),
              c.decisionReasons() == null ? "" : c.decisionReasons(),
              team == null ? null : team.id(),
              c.decidedAt(),
              null,
              null,
              null);
      if (team == null) {
        closed.add(routed);
      } else {
        team.cases().add(routed);
      }
    }
    List<CaseImport.Historic> all = new ArrayList<>(closed);
    List<CaseImport.HistoricMember> network = new ArrayList<>();
    List<Team> teams = new ArrayList<>(byDistrict.values());
    teams.add(earlyHelp);
    int allocated = 0;
    for (Team team : teams) {
      List<CaseImport.Historic> routed = new ArrayList<>(team.cases());
      routed.sort(
          Comparator.comparing((CaseImport.Historic h) -> !samsChildren.contains(h.childId()))
              .thenComparing(CaseImport.Historic::routedAt));
      // enough workers that each holds about 15 (a team has two at least)
      int toAllocate = Math.max(0, routed.size() - WAITING);
      int needed = Math.max(2, (toAllocate + TYPICAL - 1) / TYPICAL);
      while (team.workers().size() < needed) {
        team.workers().add(person(org, Role.SOCIAL_WORKER, team.id(), council, named));
      }
      toAllocate = Math.min(toAllocate, team.workers().size() * MOST);
      int[] held = new int[team.workers().size()];
      for (int i = 0; i < routed.size(); i++) {
        CaseImport.Historic h = routed.get(i);
        boolean pinned = samsChildren.contains(h.childId());
        boolean his = pinned && held[team.workers().indexOf(sam)] < MOST;
        if (pinned && !his) {
          // Sam holds enough: the history's link to him ends, the team keeps the child
          relationships.end(h.childId(), sam, RelationshipKind.ALLOCATED_WORKER);
        }
        if (!his && i >= toAllocate) {
          all.add(h);
          continue;
        }
        int w = his ? team.workers().indexOf(sam) : least(held);
        held[w]++;
        UUID worker = team.workers().get(w);
        Instant at = h.routedAt().plus(Duration.ofHours(4 + random.nextInt(60)));
        all.add(
            new CaseImport.Historic(
                h.partnershipId(),
                h.childId(),
                h.concernId(),
                h.decision(),
                h.reasons(),
                h.teamId(),
                h.routedAt(),
                worker,
                team.manager(),
                at.isAfter(county.now()) ? county.now() : at));
        allocated++;
        network.addAll(network(org, h, worker, at, random));
      }
    }
    cases.importAll(org.importer, all);
    cases.importNetwork(network);
    log.info(
        "Demo casework: {} cases, {} allocated, {} network members",
        all.size(),
        allocated,
        network.size());
  }

  private static int least(int[] held) {
    int best = 0;
    for (int i = 1; i < held.length; i++) {
      if (held[i] < held[best]) {
        best = i;
      }
    }
    return best;
  }

  /** Who else works with an allocated child: the school's lead, a GP, sometimes police. */
  private List<CaseImport.HistoricMember> network(
      DemoOrganisation org, CaseImport.Historic h, UUID worker, Instant at, Random random) {
    List<CaseImport.HistoricMember> members = new ArrayList<>();
    if (random.nextDouble() < 0.5) {
      members.add(
          new CaseImport.HistoricMember(
              h.partnershipId(),
              h.childId(),
              NetworkRole.SCHOOL_SAFEGUARDING_LEAD,
              org.user("teacher"),
              "Megan Fairweather",
              DemoAccount.ACADEMY,
              null,
              "teacher@demo.lantern.invalid",
              worker,
              at));
    }
    members.add(
        new CaseImport.HistoricMember(
            h.partnershipId(),
            h.childId(),
            NetworkRole.GP,
            null,
            "Dr " + WORKERS.get(random.nextInt(WORKERS.size())).split(" ")[1],
            DemoAccount.GP,
            "01632 960" + (100 + random.nextInt(800)),
            null,
            worker,
            at));
    if (random.nextDouble() < 0.2
        && relationships.current(h.childId(), org.user("police"), null).stream()
            .noneMatch(r -> r.kind() == RelationshipKind.PROFESSIONAL_NETWORK)) {
      members.add(
          new CaseImport.HistoricMember(
              h.partnershipId(),
              h.childId(),
              NetworkRole.POLICE_OFFICER,
              org.user("police"),
              "Dan Kowalczyk",
              DemoAccount.POLICE,
              null,
              "police@demo.lantern.invalid",
              worker,
              at));
    }
    return members;
  }

  /** Another council worker for the demo: signs in with the demo password. */
  private UUID person(DemoOrganisation org, Role role, UUID team, UUID council, int[] named) {
    int n = named[0]++;
    String name = WORKERS.get(n % WORKERS.size());
    String username =
        (role == Role.TEAM_MANAGER ? "manager." : "worker.")
            + name.toLowerCase(Locale.UK).replace(' ', '.')
            + (n < WORKERS.size() ? "" : String.valueOf(n / WORKERS.size() + 1));
    UUID id =
        directory.createUser(
            new NewUser(
                username,
                name,
                username + "@demo.lantern.invalid",
                settings.password(),
                role,
                council,
                team));
    org.users.put(username, id);
    return id;
  }
}
