package org.lantern.panel;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.CurrentUser;
import org.lantern.access.Role;
import org.lantern.people.ChildSummary;
import org.lantern.platform.LanternTime;
import org.lantern.risk.RiskLevel;
import org.lantern.risk.ScreeningTools;
import org.lantern.risk.Screenings;
import org.lantern.testing.Fixtures;
import org.lantern.testing.MutableClock;
import org.lantern.testing.TestPartnership;

/**
 * A district panel for a test: a partnership with a published screening tool, its panel chaired by
 * the team manager (also its county manager), the school, police and trust as members; and steps to
 * screen children and run meetings through the module's own services.
 */
public class PanelScenario {

  static final String TOOL =
      """
      id: panel-screening
      name: Panel test screening
      levels: {low: 1, medium: 3, high: 5}
      sections:
        - id: only
          title: Only section
          indicators:
            - {id: a, text: Indicator A, weight: 1}
            - {id: b, text: Indicator B, weight: 2}
            - {id: grave, text: Grave, weight: 0}
          own-words:
            - {id: voice, label: What the child says}
      rules:
        - any-of: [grave]
          at-least: high
      """;

  final Fixtures fixtures;
  final ScreeningTools tools;
  final Screenings screenings;
  final Panels panels;
  final Meetings meetings;
  final Minutes minutes;
  final MinutesApproval approval;
  final MeetingViews views;
  final MutableClock clock;

  TestPartnership p;
  UUID panelId;

  public PanelScenario(
      Fixtures fixtures,
      ScreeningTools tools,
      Screenings screenings,
      Panels panels,
      Meetings meetings,
      Minutes minutes,
      MinutesApproval approval,
      MeetingViews views,
      MutableClock clock) {
    this.fixtures = fixtures;
    this.tools = tools;
    this.screenings = screenings;
    this.panels = panels;
    this.meetings = meetings;
    this.minutes = minutes;
    this.approval = approval;
    this.views = views;
    this.clock = clock;
  }

  public TestPartnership start() {
    p = fixtures.partnership();
    tools.publish(p.user(Role.PARTNERSHIP_ADMIN), TOOL, null);
    panelId =
        panels.configure(
            coordinator(),
            null,
            settings(chair().id(), Set.of(p.schoolId(), p.policeId(), p.trustId()), 2, null),
            0);
    panels.setCountyManagers(coordinator(), Set.of(chair().id()));
    return p;
  }

  /** The name of the panel's area: its one district's name. */
  public String area() {
    return "District " + p.suffix();
  }

  /** The panel of the partnership's district (an area of that one district). */
  public UUID panelId() {
    return panelId;
  }

  /** Settings of the scenario's panel, covering the partnership's district. */
  public Panels.Settings settings(
      @Nullable UUID chair, Set<UUID> members, int intervalMonths, @Nullable LocalDate next) {
    return new Panels.Settings(
        area(), Set.of(p.districtId()), chair, members, intervalMonths, next);
  }

  public CurrentUser coordinator() {
    return p.user(Role.EXPLOITATION_COORDINATOR);
  }

  public CurrentUser chair() {
    return p.user(Role.TEAM_MANAGER);
  }

  public void at(LocalDate day) {
    clock.set(ZonedDateTime.of(day, LocalTime.of(9, 0), LanternTime.ZONE).toInstant());
  }

  /** A screening of the child at the level, submitted now by the coordinator. */
  public void screen(ChildSummary child, RiskLevel level) {
    Map<String, String> answers =
        switch (level) {
          case NONE -> Map.of("a", "NO", "b", "NO", "grave", "NO");
          case LOW -> Map.of("a", "YES", "b", "NO", "grave", "NO");
          case MEDIUM -> Map.of("a", "YES", "b", "YES", "grave", "NO");
          case HIGH -> Map.of("a", "NO", "b", "NO", "grave", "YES");
        };
    UUID id = screenings.start(coordinator(), child.id(), "panel-screening");
    screenings.save(coordinator(), id, screenings.open(coordinator(), id).version(), answers);
    screenings.submit(coordinator(), id, screenings.open(coordinator(), id).version(), null, null);
  }

  /** A medium screening with indicators A and B answered yes and the child's own words. */
  public void screenSaying(ChildSummary child, String words) {
    UUID id = screenings.start(coordinator(), child.id(), "panel-screening");
    screenings.save(
        coordinator(),
        id,
        screenings.open(coordinator(), id).version(),
        Map.of("a", "YES", "b", "YES", "grave", "NO", "voice", words));
    screenings.submit(coordinator(), id, screenings.open(coordinator(), id).version(), null, null);
  }

  /** Plans a meeting on the day and builds its agenda from the tracker. */
  public UUID plannedMeeting(LocalDate day) {
    at(day);
    UUID id = meetings.plan(coordinator(), panelId, day);
    meetings.build(coordinator(), id);
    return id;
  }

  public void agree(UUID meetingId) {
    meetings.agree(coordinator(), meetingId, views.summary(coordinator(), meetingId).version());
  }

  public void present(UUID meetingId, ChildSummary child, PanelDecision decision) {
    record(meetingId, child.id(), "Discussed at panel.", decision, noAction());
  }

  /**
   * The coordinator records (or redrafts) a child's presentation. Unlike the form, which sends the
   * version it showed, this does not check that nobody changed it since.
   */
  public UUID record(
      UUID meetingId,
      UUID childId,
      @Nullable String discussion,
      PanelDecision decision,
      NewAction action) {
    return minutes.recordPresentation(
        coordinator(), meetingId, childId, null, discussion, decision, null, action);
  }

  /** The coordinator amends approved minutes for a child (no version check, as {@link #record}). */
  public void amend(
      UUID meetingId,
      UUID childId,
      @Nullable String discussion,
      PanelDecision decision,
      NewAction action,
      @Nullable String reason) {
    approval.amend(
        coordinator(), meetingId, childId, null, discussion, decision, null, action, reason);
  }

  /**
   * The coordinator amends only the level the panel agreed for a child presented with {@link
   * #present}.
   */
  public void amendLevel(
      UUID meetingId, UUID childId, PanelDecision decision, RiskLevel level, String reason) {
    approval.amend(
        coordinator(),
        meetingId,
        childId,
        null,
        "Discussed at panel.",
        decision,
        level,
        noAction(),
        reason);
  }

  public void approve(UUID meetingId) {
    approval.approve(chair(), meetingId, views.summary(chair(), meetingId).version());
  }

  /**
   * A whole round on the day: each child screened at its level (then), the agenda built (children
   * not put on it by the builder are added by hand), agreed, each child presented to continue, and
   * the minutes approved.
   */
  public UUID round(LocalDate day, Map<ChildSummary, RiskLevel> levels) {
    at(day.minusDays(7));
    levels.forEach(this::screen);
    UUID id = plannedMeeting(day);
    for (ChildSummary child : levels.keySet()) {
      if (views.agenda(coordinator(), id).entries().stream()
          .noneMatch(e -> e.childId().equals(child.id()))) {
        meetings.add(coordinator(), id, child.id(), "Added for the test.");
      }
    }
    agree(id);
    for (AgendaEntry e : views.agenda(coordinator(), id).entries()) {
      record(id, e.childId(), "Discussed at panel.", PanelDecision.CONTINUE, noAction());
    }
    approve(id);
    return id;
  }

  public static NewAction noAction() {
    return new NewAction(null, null, null, null, null);
  }
}
