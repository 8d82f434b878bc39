package org.lantern.panel;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An action agreed for a child: what, who owns it (a Lantern account, or a named person outside
 * Lantern), which agency, by when. The owner and a due date not before the meeting are required.
 */
public record NewAction(
    @Nullable String description,
    @Nullable UUID ownerUserId,
    @Nullable String ownerName,
    @Nullable UUID agencyId,
    @Nullable LocalDate dueOn) {

  /** Nothing was entered: no action to add. */
  public boolean isBlank() {
    return (description == null || description.isBlank())
        && ownerUserId == null
        && (ownerName == null || ownerName.isBlank())
        && agencyId == null
        && dueOn == null;
  }

  /** As {@link #check}, when something was entered. */
  void checkUnlessBlank(LocalDate meetingOn) {
    if (!isBlank()) {
      check(meetingOn);
    }
  }

  /** Checks the action against the meeting's date; fields named as on the minutes form. */
  void check(LocalDate meetingOn) {
    if (description == null || description.isBlank()) {
      throw new PanelRuleException("actionDescription", "panel.error.actionDescription");
    }
    if (description.length() > 2000) {
      throw new PanelRuleException("actionDescription", "panel.error.actionDescriptionLength");
    }
    if (ownerUserId == null && (ownerName == null || ownerName.isBlank())) {
      throw new PanelRuleException("actionOwner", "panel.error.actionOwner");
    }
    if (dueOn == null) {
      throw new PanelRuleException("actionDue", "panel.error.actionDue");
    }
    if (dueOn.isBefore(meetingOn)) {
      throw new PanelRuleException("actionDue", "panel.error.actionDueBeforeMeeting");
    }
  }
}
