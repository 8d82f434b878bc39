package org.lantern.strategy.web;

import org.jspecify.annotations.Nullable;
import org.lantern.platform.DateInput;

/** One action row of the meeting form: what, whose, by when, and whether it is done. */
public class ActionForm {

  private @Nullable String description;
  private @Nullable String owner;
  private DateInput dueOn = new DateInput();
  private boolean done;

  public @Nullable String getDescription() {
    return description;
  }

  public void setDescription(@Nullable String description) {
    this.description = description;
  }

  public @Nullable String getOwner() {
    return owner;
  }

  public void setOwner(@Nullable String owner) {
    this.owner = owner;
  }

  public DateInput getDueOn() {
    return dueOn;
  }

  public void setDueOn(DateInput dueOn) {
    this.dueOn = dueOn;
  }

  public boolean isDone() {
    return done;
  }

  public void setDone(boolean done) {
    this.done = done;
  }
}
