package org.lantern.flags;

/** The flags Lantern raises itself, each from its own facts by {@link FlagRules}. */
public enum LanternFlag {
  EXPLOITATION_PATHWAY,
  MEDIUM_OR_HIGH_RISK,
  CURRENT_PANEL,
  ABDUCTION_NOTICE_NAMED,
  ABDUCTION_NOTICE_LINKED,
  REPEAT_MISSING,
  LOOKED_AFTER,
  PLACED_BY_ANOTHER_AUTHORITY,
  CHILD_PROTECTION_PLAN;

  /** Its code on the FHIR code system and in the flag tables. */
  public String code() {
    return name();
  }
}
