package org.lantern.panel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.risk.RiskLevel;

/** A meeting's minutes: attendance, each child's presentation and actions, approval, amendments. */
public record MinutesView(
    MeetingSummary meeting,
    @Nullable String chairName,
    boolean viewerChairs,
    List<Attendance> attendance,
    List<Child> children,
    List<Invitee> invitees,
    @Nullable String approvedBy,
    @Nullable Instant approvedAt,
    List<Amendment> amendments) {

  /** A member agency at the meeting. */
  public record Attendance(
      UUID agencyId, String agencyName, boolean attended, @Nullable String names) {}

  /** A child on the agenda and, once recorded, their presentation. */
  public record Child(AgendaEntry entry, @Nullable Presentation presentation) {}

  /** What the panel said and decided about a child. */
  public record Presentation(
      UUID id,
      RiskLevel level,
      @Nullable RiskLevel screeningLevel,
      @Nullable String levelReason,
      @Nullable RiskLevel previousLevel,
      LevelChange change,
      @Nullable String discussion,
      PanelDecision decision,
      List<Action> actions,
      long version) {}

  /** An action with its owner (an account's name, or the name written). */
  public record Action(
      UUID id,
      UUID childId,
      String description,
      @Nullable UUID ownerUserId,
      String ownerName,
      @Nullable String agencyName,
      LocalDate dueOn,
      ActionStatus status,
      boolean overdue,
      long version) {}

  /** A change made after approval. */
  public record Amendment(
      Instant at, String byName, @Nullable String childName, String reason, String changes) {}

  public boolean approved() {
    return meeting.status() == MeetingStatus.MINUTES_APPROVED;
  }

  /** Every child on the agenda for discussion has a presentation recorded. */
  public boolean complete() {
    return children.stream().allMatch(c -> c.entry().forNoting() || c.presentation() != null);
  }
}
