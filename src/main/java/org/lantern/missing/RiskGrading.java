package org.lantern.missing;

/** The police's risk grading of a missing episode. */
public enum RiskGrading {
  NO_APPARENT_RISK,
  LOW,
  MEDIUM,
  HIGH;

  public String messageKey() {
    return "missing.risk." + name();
  }
}
