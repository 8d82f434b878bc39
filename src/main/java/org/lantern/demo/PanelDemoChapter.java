package org.lantern.demo;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.panel.ActionStatus;
import org.lantern.panel.AgendaReason;
import org.lantern.panel.EscalationReview;
import org.lantern.panel.EscalationView;
import org.lantern.panel.Meetings;
import org.lantern.panel.PanelDecision;
import org.lantern.panel.PanelImport;
import org.lantern.panel.Panels;
import org.lantern.people.ChildSummary;
import org.lantern.people.Children;
import org.lantern.platform.LanternTime;
import org.lantern.risk.RiskLevel;
import org.lantern.risk.RiskLevels;
import org.springframework.stereotype.Component;

/**
 * Panels in the demo county: a panel per district chaired by the demo manager (also the county
 * manager), three past rounds two months apart with presentations, actions (some overdue for the
 * demo police officer and teacher), a closure and re-referral, escalations (one decided), and the
 * next meeting planned with its agenda built from the tracker (children placed across borders, with
 * the other authority's contacts, are the risk chapter's).
 */
@Component
class PanelDemoChapter implements DemoChapter {

  private static final List<String> DISCUSSIONS =
      List.of(
          "School report better attendance; still seen with older males near the retail park.",
          "Two missing episodes since the last panel; return interviews completed by Waymark.",
          "Disclosed being given cannabis and lifts by adults; police intelligence shared.",
          "Engaging with the youth worker; family want support with boundaries.",
          "New phone and clothes unexplained; health report a sexual health clinic attendance.",
          "Placed out of area for a month and back now; links to the same peer group.");

  private static final List<String> ACTIONS =
      List.of(
          "Share the vehicle plate with the local policing team",
          "Offer a return interview after each missing episode",
          "Review the safety plan with the child and carer",
          "Refer to the sexual health outreach nurse",
          "Check attendance weekly and report concerns to the social worker",
          "Hold a disruption meeting about the address on Mill Lane");

  private final Directory directory;
  private final Children children;
  private final RiskLevels levels;
  private final Panels panels;
  private final Meetings meetings;
  private final PanelImport history;
  private final EscalationReview review;
  private final EntityManager entityManager;

  PanelDemoChapter(
      EntityManager entityManager,
      Directory directory,
      Children children,
      RiskLevels levels,
      Panels panels,
      Meetings meetings,
      PanelImport history,
      EscalationReview review) {
    this.directory = directory;
    this.children = children;
    this.levels = levels;
    this.panels = panels;
    this.meetings = meetings;
    this.history = history;
    this.review = review;
    this.entityManager = entityManager;
  }

  @Override
  public int order() {
    return 600;
  }

  @Override
  public void write(Facts county) {
    DemoOrganisation org = county.organisation();
    Random random = county.random();
    CurrentUser coordinator = org.asUser(directory, "coordinator");
    UUID manager = org.user("manager");
    panels.setCountyManagers(coordinator, Set.of(manager));
    Map<String, UUID> a = org.agencies;
    for (Map.Entry<String, UUID> district : org.districts.entrySet()) {
      Set<UUID> members =
          new LinkedHashSet<>(
              List.of(
                  a.get(DemoAccount.COUNCIL),
                  a.get(DemoAccount.POLICE),
                  a.get(DemoAccount.TRUST),
                  a.get(DemoAccount.CHARITY),
                  a.get(DemoAccount.COLLEGE)));
      if (district.getKey().equals("Greywater")) {
        members.add(a.get(DemoAccount.ACADEMY));
      }
      if (district.getKey().equals("Hollin Moor")) {
        members.add(a.get(DemoAccount.HIGH_SCHOOL));
      }
      panels.configure(
          coordinator,
          district.getValue(),
          new Panels.Settings(manager, members, Panels.DEFAULT_INTERVAL_MONTHS, null),
          0);
      rounds(org, coordinator, district.getValue(), members, county, random);
      UUID next = meetings.plan(coordinator, district.getValue(), null);
      meetings.build(coordinator, next);
      entityManager.flush();
      entityManager.clear();
    }
    CurrentUser countyManager = org.asUser(directory, "manager");
    List<EscalationView> open = review.list(countyManager);
    if (!open.isEmpty()) {
      EscalationView first = open.getFirst();
      review.decide(
          countyManager,
          first.id(),
          first.version(),
          "Strategy meeting held; placement move agreed and a disruption plan with police.");
    }
  }

  private void rounds(
      DemoOrganisation org,
      CurrentUser coordinator,
      UUID districtId,
      Set<UUID> members,
      Facts county,
      Random random) {
    List<ChildSummary> panelChildren = new ArrayList<>();
    List<UUID> ids = new ArrayList<>();
    for (ChildSummary c : county.children()) {
      if (districtId.equals(c.districtId())) {
        ids.add(c.id());
      }
    }
    Map<UUID, RiskLevels.Current> current = levels.current(ids);
    for (ChildSummary c : county.children()) {
      RiskLevels.Current level = current.get(c.id());
      if (level != null && level.level().serious() && panelChildren.size() < 9) {
        panelChildren.add(c);
      }
    }
    Map<UUID, RiskLevel> level = new HashMap<>();
    Map<UUID, Integer> joins = new HashMap<>();
    Map<UUID, Boolean> closed = new HashMap<>();
    for (int i = 0; i < panelChildren.size(); i++) {
      UUID id = panelChildren.get(i).id();
      joins.put(id, i < 4 ? 0 : 1 + random.nextInt(2));
      level.put(id, current.get(id).level());
    }
    for (int round = 0; round < 3; round++) {
      LocalDate on = county.today().minusMonths(2L * (3 - round)).plusDays(3);
      Map<UUID, Boolean> attendance = new LinkedHashMap<>();
      for (UUID agency : members) {
        attendance.put(agency, random.nextDouble() < 0.85);
      }
      List<PanelImport.HistoricPresentation> presented = new ArrayList<>();
      for (int i = 0; i < panelChildren.size(); i++) {
        UUID child = panelChildren.get(i).id();
        int joined = joins.get(child);
        boolean reReferral = i == 1 && round == 2;
        if (round < joined || (closed.getOrDefault(child, false) && !reReferral)) {
          continue;
        }
        // the level the panel saw is the child's screening level then; before their first
        // screening, the story's own (the first child stays high, to be escalated)
        RiskLevel screened = levels.at(child, on.atStartOfDay(LanternTime.ZONE).toInstant());
        RiskLevel now =
            screened.serious() || screened == RiskLevel.LOW
                ? screened
                : (i == 0 ? RiskLevel.HIGH : drift(level.get(child), random));
        level.put(child, now);
        PanelDecision decision =
            i == 1 && round == 0
                ? PanelDecision.CLOSE
                : (round == 2 && now == RiskLevel.LOW
                    ? PanelDecision.STEP_DOWN
                    : PanelDecision.CONTINUE);
        closed.put(child, decision == PanelDecision.CLOSE);
        presented.add(
            new PanelImport.HistoricPresentation(
                child,
                round == joined ? AgendaReason.NEW_MEDIUM_HIGH : AgendaReason.DUE_BACK,
                now,
                DISCUSSIONS.get(random.nextInt(DISCUSSIONS.size())),
                decision,
                actions(org, on, round == 2, random),
                i == 2 && round == 1 ? "The police update was added after the meeting." : null));
      }
      LocalDate approved = on.plusDays(5);
      history.round(
          coordinator,
          districtId,
          on,
          ZonedDateTime.of(approved, LocalTime.of(15, 30), LanternTime.ZONE).toInstant(),
          attendance,
          presented);
    }
  }

  private static RiskLevel drift(RiskLevel level, Random random) {
    double r = random.nextDouble();
    if (r < 0.35 && level.compareTo(RiskLevel.LOW) > 0) {
      return RiskLevel.values()[level.ordinal() - 1];
    }
    if (r > 0.85 && level != RiskLevel.HIGH) {
      return RiskLevel.values()[level.ordinal() + 1];
    }
    return level == RiskLevel.LOW ? RiskLevel.MEDIUM : level;
  }

  private static List<PanelImport.HistoricAction> actions(
      DemoOrganisation org, LocalDate on, boolean latest, Random random) {
    List<PanelImport.HistoricAction> list = new ArrayList<>();
    int count = 1 + random.nextInt(2);
    for (int i = 0; i < count; i++) {
      String owner =
          List.of("police", "teacher", "missing", "socialworker", "health").get(random.nextInt(5));
      boolean named = random.nextDouble() < 0.15;
      LocalDate due = on.plusDays(14 + random.nextInt(42));
      list.add(
          new PanelImport.HistoricAction(
              ACTIONS.get(random.nextInt(ACTIONS.size())),
              named ? null : org.user(owner),
              named ? "Duty sergeant, Tamsford" : null,
              named ? org.agencies.get(DemoAccount.POLICE) : null,
              due,
              latest
                  ? ActionStatus.OPEN
                  : (random.nextDouble() < 0.9 ? ActionStatus.DONE : ActionStatus.CANCELLED)));
    }
    return list;
  }
}
