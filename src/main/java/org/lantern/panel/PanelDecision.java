package org.lantern.panel;

/** What the panel decided for a child it discussed. */
public enum PanelDecision {
  CONTINUE,
  STEP_DOWN,
  CLOSE,
  ESCALATE;

  public String messageKey() {
    return "panel.decision." + name();
  }
}
