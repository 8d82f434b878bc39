package org.lantern.strategy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a meeting recorded, as typed (each part checked by {@link ChildMeetings#record}).
 *
 * @param heldAt when it was held
 * @param invited who was invited (accounts)
 * @param attended who took part (each also invited)
 * @param known what is known
 * @param decision what it decided
 * @param reasons why
 * @param actions what was agreed, by whom and when
 * @param nextReviewOn the next review (risk-management meetings)
 */
public record MeetingRecord(
    @Nullable Instant heldAt,
    List<UUID> invited,
    List<UUID> attended,
    @Nullable String known,
    @Nullable MeetingDecision decision,
    @Nullable String reasons,
    List<Action> actions,
    @Nullable LocalDate nextReviewOn) {

  public MeetingRecord {
    invited = List.copyOf(invited);
    attended = List.copyOf(attended);
    actions = List.copyOf(actions);
  }

  /** An action as typed; a row left wholly blank is no action. */
  public record Action(
      @Nullable String description,
      @Nullable UUID ownerUserId,
      @Nullable LocalDate dueOn,
      @Nullable LocalDate doneOn) {

    public boolean isBlank() {
      return (description == null || description.isBlank())
          && ownerUserId == null
          && dueOn == null
          && doneOn == null;
    }
  }
}
