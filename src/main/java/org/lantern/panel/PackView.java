package org.lantern.panel;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.lantern.people.PlacementType;
import org.lantern.risk.RiskLevel;

/**
 * The panel pack: for each child on an agreed agenda only what the panel needs (name, age, level
 * and change, why they are on the agenda, open actions, a few key facts), and whom to invite.
 */
public record PackView(
    MeetingSummary meeting,
    @Nullable String chairName,
    List<String> memberAgencies,
    List<Child> children,
    List<Invitee> invitees) {

  /** One child in the pack. */
  public record Child(
      AgendaEntry entry,
      @Nullable RiskLevel previousLevel,
      LevelChange change,
      @Nullable LocalDate lastPresentedOn,
      int timesPresented,
      @Nullable PlacementType placement,
      boolean escalated,
      List<MinutesView.Action> openActions) {}
}
