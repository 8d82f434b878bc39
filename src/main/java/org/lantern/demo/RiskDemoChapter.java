package org.lantern.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.access.RelationshipKind;
import org.lantern.access.Relationships;
import org.lantern.people.ChildSummary;
import org.lantern.people.NewPlacement;
import org.lantern.people.OtherAuthority;
import org.lantern.people.PlacementType;
import org.lantern.people.Placements;
import org.lantern.people.Responsibility;
import org.lantern.risk.Answer;
import org.lantern.risk.CommissionedService;
import org.lantern.risk.LevelRules;
import org.lantern.risk.PublishedTool;
import org.lantern.risk.RiskLevel;
import org.lantern.risk.ScreeningImport;
import org.lantern.risk.ScreeningTools;
import org.lantern.risk.ServiceOutcome;
import org.lantern.risk.ServiceTeams;
import org.lantern.risk.ToolDefinition;
import org.springframework.stereotype.Component;

/**
 * Risk in the demo county: the example screening tool published; a children's team per district;
 * where every child lives; and a few hundred children screened one to three times over the last
 * eight months at every level, some reviews overdue, some screenings waiting for sign-off (the
 * Greywater team's for the demo manager), the medium and high ones referred to the service.
 */
@Component
class RiskDemoChapter implements DemoChapter {

  private static final List<String> WORDS =
      List.of(
          "They are my mates, they look after me.",
          "I don't want to talk about it.",
          "He buys me stuff, it's not a big deal.",
          "I just want to go home and for everyone to leave me alone.",
          "Sometimes I have to do things for them or I get in trouble.",
          "I feel safer at school than anywhere else.");

  private static final List<String> AUTHORITIES =
      List.of("Eastbrook Borough Council", "Fenmoor County Council", "Harlow Vale Council");

  private final Directory directory;
  private final Placements placements;
  private final Relationships relationships;
  private final ScreeningTools tools;
  private final ScreeningImport screenings;
  private final ServiceTeams serviceTeams;
  private final CommissionedService service;

  RiskDemoChapter(
      Directory directory,
      Placements placements,
      Relationships relationships,
      ScreeningTools tools,
      ScreeningImport screenings,
      ServiceTeams serviceTeams,
      CommissionedService service) {
    this.serviceTeams = serviceTeams;
    this.service = service;
    this.directory = directory;
    this.placements = placements;
    this.relationships = relationships;
    this.tools = tools;
    this.screenings = screenings;
  }

  @Override
  public int order() {
    return 300;
  }

  @Override
  public void write(Facts county) {
    DemoOrganisation org = county.organisation();
    Random random = county.random();
    PublishedTool tool = tools.publishExample(org.importer);
    Map<UUID, UUID> districtTeams = districtTeams(org);
    Map<UUID, NewPlacement> placements = new HashMap<>();
    Random others = new Random(random.nextLong());
    for (ChildSummary child : county.children()) {
      placements.put(child.id(), placement(random.nextDouble(), child, county.today(), others));
    }
    this.placements.recordAll(org.importer, placements);

    UUID greywaterTeam = org.teams.get(DemoAccount.CHILDRENS_TEAM);
    List<Relationships.Link> links = new ArrayList<>();
    List<ScreeningImport.Historic> historic = new ArrayList<>();
    for (ChildSummary child : county.children()) {
      UUID team = relationships.allocatedTeam(child.id());
      boolean screened = team != null || random.nextDouble() < 0.13;
      if (!screened) {
        continue;
      }
      if (team == null) {
        team = child.districtId() == null ? null : districtTeams.get(child.districtId());
        if (team != null) {
          links.add(
              new Relationships.Link(child.id(), null, team, RelationshipKind.ALLOCATED_TEAM));
        }
      }
      boolean greywater = greywaterTeam.equals(team);
      UUID author = org.user(greywater ? "socialworker" : "coordinator");
      historic.addAll(
          history(child, team, author, greywater, tool.definition(), org, county.now(), random));
    }
    relationships.linkAll(links);
    UUID north = org.teams.get(DemoAccount.SERVICE_NORTH_TEAM);
    serviceTeams.cover(
        org.partnershipId,
        north,
        List.of(org.districts.get("Greywater"), org.districts.get("Hollin Moor")));
    serviceTeams.cover(
        org.partnershipId,
        org.teams.get(DemoAccount.SERVICE_SOUTH_TEAM),
        List.of(org.districts.get("Tamsford"), org.districts.get("Wrenbridge")));
    screenings.importAll(
        org.importer,
        tool.versionId(),
        historic,
        org.user("missing"),
        north,
        county.now(),
        Duration.ofDays(14));
    serviceWork(org);
  }

  /**
   * The service's own story at every level: one waiting low referral declined with a reason, and
   * every fourth child it works with closed with an outcome.
   */
  private void serviceWork(DemoOrganisation org) {
    CurrentUser worker = org.asUser(directory, "missing");
    service.queue(worker).stream()
        .filter(r -> r.level() == RiskLevel.LOW)
        .findFirst()
        .ifPresent(
            r ->
                service.decline(
                    worker,
                    r.id(),
                    r.version(),
                    "Already supported by the school's family worker; the service will advise her."));
    ServiceOutcome[] outcomes = ServiceOutcome.values();
    List<CommissionedService.Referral> working = service.working(worker);
    for (int i = 0; i < working.size(); i += 4) {
      CommissionedService.Referral r = working.get(i);
      service.close(worker, r.id(), r.version(), outcomes[(i / 4) % outcomes.length], null);
    }
  }

  private List<ScreeningImport.Historic> history(
      ChildSummary child,
      UUID team,
      UUID author,
      boolean greywater,
      ToolDefinition tool,
      DemoOrganisation org,
      Instant now,
      Random random) {
    int count = 1 + random.nextInt(3);
    List<Long> ages = new ArrayList<>();
    long ago = 1 + random.nextInt(70);
    for (int i = 0; i < count; i++) {
      ages.addFirst(ago);
      ago += 21 + random.nextInt(70);
    }
    List<ScreeningImport.Historic> list = new ArrayList<>();
    for (int i = 0; i < ages.size(); i++) {
      Instant at =
          now.minus(Duration.ofDays(ages.get(i))).minus(Duration.ofMinutes(random.nextInt(600)));
      boolean last = i == ages.size() - 1;
      Instant signedAt = at.plus(Duration.ofHours(6 + random.nextInt(90)));
      boolean signed =
          (!last || random.nextDouble() < (greywater ? 0.8 : 0.7)) && signedAt.isBefore(now);
      list.add(
          new ScreeningImport.Historic(
              child.id(),
              author,
              team,
              answers(tool, target(random), random),
              at,
              signed ? org.user("manager") : null,
              signed ? signedAt : null));
    }
    return list;
  }

  private static RiskLevel target(Random random) {
    double r = random.nextDouble();
    return r < 0.12
        ? RiskLevel.NONE
        : r < 0.45 ? RiskLevel.LOW : r < 0.8 ? RiskLevel.MEDIUM : RiskLevel.HIGH;
  }

  /**
   * Answers that give about the target level: indicators said yes one at a time until it is
   * reached.
   */
  static Map<String, String> answers(ToolDefinition tool, RiskLevel target, Random random) {
    List<ToolDefinition.Indicator> indicators = tool.indicators();
    Map<String, String> best = null;
    for (int attempt = 0; attempt < 20; attempt++) {
      Map<String, String> answers = new HashMap<>();
      for (ToolDefinition.Indicator i : indicators) {
        answers.put(i.id(), random.nextDouble() < 0.1 ? Answer.NOT_KNOWN.name() : Answer.NO.name());
      }
      List<ToolDefinition.Indicator> order = new ArrayList<>(indicators);
      Collections.shuffle(order, random);
      RiskLevel level = RiskLevel.NONE;
      for (ToolDefinition.Indicator i : order) {
        if (level.atLeast(target)) {
          break;
        }
        answers.put(i.id(), Answer.YES.name());
        level = LevelRules.explain(tool, answers(answers)).level();
      }
      tool.voices().forEach(v -> answers.put(v.id(), WORDS.get(random.nextInt(WORDS.size()))));
      best = answers;
      if (level == target) {
        break;
      }
    }
    return best;
  }

  private static Map<String, Answer> answers(Map<String, String> stored) {
    Map<String, Answer> answers = new HashMap<>();
    stored.forEach((k, v) -> answers.put(k, Answer.valueOf(v)));
    return answers;
  }

  private Map<UUID, UUID> districtTeams(DemoOrganisation org) {
    Map<UUID, UUID> teams = new HashMap<>();
    UUID council = org.agencies.get(DemoAccount.COUNCIL);
    for (String district : DemoOrganisation.DISTRICTS) {
      UUID team =
          district.equals("Greywater")
              ? org.teams.get(DemoAccount.CHILDRENS_TEAM)
              : directory.createTeam(council, district + " children's team");
      teams.put(org.districts.get(district), team);
      org.teams.putIfAbsent(district + " children's team", team);
    }
    return teams;
  }

  /**
   * Where a child lives: most at home, some in care; about one in twenty placed here by another
   * authority (with its team and contacts), one in twenty-five of ours placed elsewhere.
   */
  private static NewPlacement placement(
      double r, ChildSummary child, LocalDate today, Random others) {
    LocalDate started = today.minusDays(30 + others.nextInt(700));
    if (child.dateOfBirth() != null && started.isBefore(child.dateOfBirth())) {
      started = child.dateOfBirth();
    }
    if (r < 0.70) {
      return NewPlacement.ours(PlacementType.FAMILY_HOME, started);
    }
    if (r < 0.80) {
      return NewPlacement.ours(PlacementType.FOSTER_CARE, started);
    }
    if (r < 0.86) {
      return NewPlacement.ours(PlacementType.RESIDENTIAL, started);
    }
    if (r < 0.91) {
      return NewPlacement.ours(
          others.nextInt(8) == 0 ? PlacementType.SECURE : PlacementType.SUPPORTED_ACCOMMODATION,
          started);
    }
    String authority = AUTHORITIES.get(others.nextInt(AUTHORITIES.size()));
    PlacementType type =
        List.of(PlacementType.RESIDENTIAL, PlacementType.FOSTER_CARE, PlacementType.RESIDENTIAL)
            .get(others.nextInt(3));
    if (r < 0.96) {
      String worker = List.of("Jo Marsh", "Kit Holloway", "Sol Pemberton").get(others.nextInt(3));
      return new NewPlacement(
          type,
          Responsibility.PLACED_HERE_BY_ANOTHER_AUTHORITY,
          new OtherAuthority(
              authority,
              "Children in care team",
              worker,
              worker.toLowerCase(Locale.ROOT).replace(' ', '.') + "@example.org",
              "01632 960 " + (100 + others.nextInt(800)),
              "01632 961 000",
              null),
          started);
    }
    return new NewPlacement(
        type,
        Responsibility.OURS_PLACED_ELSEWHERE,
        new OtherAuthority(
            authority,
            "Exploitation and missing team",
            "Duty manager",
            null,
            "01632 962 " + (100 + others.nextInt(800)),
            "01632 963 000",
            "Their exploitation lead and the police missing person coordinator"),
        started);
  }
}
