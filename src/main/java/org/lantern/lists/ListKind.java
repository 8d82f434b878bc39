package org.lantern.lists;

/** Whose list it is. */
public enum ListKind {
  /** The missing coordinator's list of children missing from home or care. */
  MISSING_FROM_HOME,
  /** The missing-from-education officer's list. */
  MISSING_FROM_EDUCATION,
  /** The youth offending service's re-offending panel list. */
  REOFFENDING_PANEL;

  public String messageKey() {
    return "lists.kind." + name();
  }
}
