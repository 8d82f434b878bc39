package org.lantern.panel.web;

import org.jspecify.annotations.Nullable;
import org.lantern.platform.DateInput;

/**
 * A child's presentation at a meeting: discussion, decision and one new action; when the minutes
 * are approved, the reason for amending them.
 */
public class PresentationForm {

  private long version = -1;
  private @Nullable String discussion;
  private @Nullable String decision;
  private @Nullable String actionDescription;
  private @Nullable String actionOwner;
  private @Nullable String actionOwnerName;
  private @Nullable String actionAgency;
  private DateInput actionDue = new DateInput();
  private @Nullable String reason;
  private @Nullable String agreedLevel;
  private @Nullable String levelReason;

  public @Nullable String getAgreedLevel() {
    return agreedLevel;
  }

  public void setAgreedLevel(@Nullable String agreedLevel) {
    this.agreedLevel = agreedLevel;
  }

  public @Nullable String getLevelReason() {
    return levelReason;
  }

  public void setLevelReason(@Nullable String levelReason) {
    this.levelReason = levelReason;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }

  public @Nullable String getDiscussion() {
    return discussion;
  }

  public void setDiscussion(@Nullable String discussion) {
    this.discussion = discussion;
  }

  public @Nullable String getDecision() {
    return decision;
  }

  public void setDecision(@Nullable String decision) {
    this.decision = decision;
  }

  public @Nullable String getActionDescription() {
    return actionDescription;
  }

  public void setActionDescription(@Nullable String actionDescription) {
    this.actionDescription = actionDescription;
  }

  public @Nullable String getActionOwner() {
    return actionOwner;
  }

  public void setActionOwner(@Nullable String actionOwner) {
    this.actionOwner = actionOwner;
  }

  public @Nullable String getActionOwnerName() {
    return actionOwnerName;
  }

  public void setActionOwnerName(@Nullable String actionOwnerName) {
    this.actionOwnerName = actionOwnerName;
  }

  public @Nullable String getActionAgency() {
    return actionAgency;
  }

  public void setActionAgency(@Nullable String actionAgency) {
    this.actionAgency = actionAgency;
  }

  public DateInput getActionDue() {
    return actionDue;
  }

  public void setActionDue(DateInput actionDue) {
    this.actionDue = actionDue;
  }

  public @Nullable String getReason() {
    return reason;
  }

  public void setReason(@Nullable String reason) {
    this.reason = reason;
  }
}
