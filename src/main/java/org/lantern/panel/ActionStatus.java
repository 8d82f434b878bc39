package org.lantern.panel;

/** An action agreed at panel: open until its owner does it (or the panel cancels it). */
public enum ActionStatus {
  OPEN,
  DONE,
  CANCELLED;

  public String messageKey() {
    return "panel.actionStatus." + name();
  }
}
