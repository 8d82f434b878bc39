package org.lantern.panel.web;

import org.jspecify.annotations.Nullable;

/** A child chosen for the agenda (or taken off it), with the coordinator's reason. */
public class ReasonForm {

  private @Nullable String childId;
  private @Nullable String reason;

  public @Nullable String getChildId() {
    return childId;
  }

  public void setChildId(@Nullable String childId) {
    this.childId = childId;
  }

  public @Nullable String getReason() {
    return reason;
  }

  public void setReason(@Nullable String reason) {
    this.reason = reason;
  }
}
