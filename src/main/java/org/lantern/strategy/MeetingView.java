package org.lantern.strategy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A meeting as its pages and the child's file show it. */
public record MeetingView(
    UUID id,
    MeetingKind kind,
    List<UUID> childIds,
    String childNames,
    String startedByName,
    Instant startedFrom,
    LocalDate dueOn,
    boolean fromDecision,
    @Nullable Instant heldAt,
    boolean heldLate,
    boolean overdue,
    @Nullable String known,
    @Nullable MeetingDecision decision,
    @Nullable String reasons,
    @Nullable LocalDate conferenceDueOn,
    boolean conferenceOverdue,
    @Nullable LocalDate nextReviewOn,
    List<Person> participants,
    List<Action> actions,
    @Nullable String recordedByAgencyName,
    long version) {

  public MeetingView {
    childIds = List.copyOf(childIds);
    participants = List.copyOf(participants);
    actions = List.copyOf(actions);
  }

  /** Someone invited, their agency, and whether they took part. */
  public record Person(UUID userId, String name, String agencyName, boolean attended) {}

  /** An action, its owner by name, and whether it is overdue. */
  public record Action(
      String description,
      UUID ownerUserId,
      String ownerName,
      LocalDate dueOn,
      @Nullable LocalDate doneOn,
      boolean overdue) {}

  public boolean isHeld() {
    return heldAt != null;
  }
}
