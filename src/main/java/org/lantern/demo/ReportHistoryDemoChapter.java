package org.lantern.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.lantern.people.ChildSummary;
import org.lantern.risk.PublishedTool;
import org.lantern.risk.RiskLevel;
import org.lantern.risk.RiskLevels;
import org.lantern.risk.ScreeningImport;
import org.lantern.risk.ScreeningTools;
import org.springframework.stereotype.Component;

/**
 * A second year of history for the period data report's year-on-year columns: about one child in
 * six screened 13 to 26 months ago (once or twice, at low, medium or high). A child with no
 * screening since was closed (screened at no apparent risk) a few months later, so today's tracker
 * is as the risk chapter left it.
 */
@Component
class ReportHistoryDemoChapter implements DemoChapter {

  private final ScreeningTools tools;
  private final ScreeningImport screenings;
  private final RiskLevels levels;

  ReportHistoryDemoChapter(ScreeningTools tools, ScreeningImport screenings, RiskLevels levels) {
    this.tools = tools;
    this.screenings = screenings;
    this.levels = levels;
  }

  @Override
  public int order() {
    return 310;
  }

  @Override
  public void write(Facts county) {
    DemoOrganisation org = county.organisation();
    PublishedTool tool = tools.current(org.partnershipId).stream().findFirst().orElse(null);
    if (tool == null) {
      return;
    }
    Random random = county.random();
    Set<UUID> screenedNow =
        new HashSet<>(
            levels.current(county.children().stream().map(ChildSummary::id).toList()).keySet());
    UUID author = org.user("coordinator");
    List<ScreeningImport.Historic> historic = new ArrayList<>();
    for (ChildSummary child : county.children()) {
      if (random.nextDouble() >= 0.17) {
        continue;
      }
      long ago = 400 + random.nextInt(400);
      Instant first = county.now().minus(Duration.ofDays(ago));
      historic.add(screening(child, author, tool, level(random), first, org, random));
      if (random.nextBoolean()) {
        Instant second = first.plus(Duration.ofDays(40 + random.nextInt(80)));
        historic.add(screening(child, author, tool, level(random), second, org, random));
        first = second;
      }
      if (!screenedNow.contains(child.id())) {
        Instant closed = first.plus(Duration.ofDays(60 + random.nextInt(120)));
        historic.add(screening(child, author, tool, RiskLevel.NONE, closed, org, random));
      }
    }
    screenings.importAll(
        org.importer,
        tool.versionId(),
        historic,
        org.user("missing"),
        org.teams.get(DemoAccount.SERVICE_NORTH_TEAM),
        county.now(),
        Duration.ofDays(14));
  }

  private static ScreeningImport.Historic screening(
      ChildSummary child,
      UUID author,
      PublishedTool tool,
      RiskLevel level,
      Instant at,
      DemoOrganisation org,
      Random random) {
    return new ScreeningImport.Historic(
        child.id(),
        author,
        null,
        RiskDemoChapter.answers(tool.definition(), level, random),
        at,
        org.user("manager"),
        at.plus(Duration.ofDays(2)));
  }

  private static RiskLevel level(Random random) {
    double r = random.nextDouble();
    return r < 0.4 ? RiskLevel.LOW : r < 0.8 ? RiskLevel.MEDIUM : RiskLevel.HIGH;
  }
}
