package org.lantern.panel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.lantern.people.PlacementType;
import org.lantern.risk.RiskLevel;
import org.lantern.risk.ScreeningDigests;

/**
 * The panel pack: for each child on an agreed agenda only what the panel needs (name, age, level
 * and change, why they are on the agenda, open actions, and a one-page summary), and whom to
 * invite. Children for noting are listed with their figures, not their summaries. Before the agenda
 * is agreed, a member's pack is {@link #agreed() not agreed} and holds no child.
 */
public record PackView(
    MeetingSummary meeting,
    boolean agreed,
    @Nullable String chairName,
    List<String> memberAgencies,
    List<Child> children,
    List<Invitee> invitees) {

  /** The children for discussion, each with their summary. */
  public List<Child> forDiscussion() {
    return children.stream().filter(c -> !c.entry().forNoting()).toList();
  }

  /** The children for noting: listed with their figures, not discussed. */
  public List<Child> forNoting() {
    return children.stream().filter(c -> c.entry().forNoting()).toList();
  }

  /** One child in the pack. */
  public record Child(
      AgendaEntry entry,
      @Nullable RiskLevel previousLevel,
      LevelChange change,
      @Nullable LocalDate lastPresentedOn,
      int timesPresented,
      @Nullable PlacementType placement,
      boolean escalated,
      List<MinutesView.Action> openActions,
      Summary summary) {}

  /**
   * The one-page summary of a child: the last screening's key indicators and the child's own words,
   * what happened since the last panel (concerns, missing episodes), abduction notices, the adults
   * linked to the child (names only for readers who may see them), and the child's network.
   *
   * @param since the day counted from: the child's last presentation at this panel, or else the
   *     panel's previous meeting (null: never met, everything is counted)
   */
  public record Summary(
      ScreeningDigests.@Nullable Digest screening,
      @Nullable LocalDate since,
      List<Happening> concerns,
      List<Happening> missing,
      List<Happening> notices,
      int linkedAdults,
      List<String> linkedAdultNames,
      List<Invitee> network) {}

  /** One thing on a child's chronology, as the pack shows it (no free text). */
  public record Happening(
      Instant at, String kindKey, String agencyName, String title, @Nullable String outcome) {}
}
