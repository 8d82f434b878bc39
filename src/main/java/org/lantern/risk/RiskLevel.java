package org.lantern.risk;

/** The overall level a screening gives, lowest first (so ordinal order is the order of risk). */
public enum RiskLevel {
  NONE,
  LOW,
  MEDIUM,
  HIGH;

  /** On the tracker: assessed at low, medium or high risk. */
  public boolean tracked() {
    return this != NONE;
  }

  /** Medium and high refer into the commissioned service and flag the child's file. */
  public boolean serious() {
    return this == MEDIUM || this == HIGH;
  }

  public boolean atLeast(RiskLevel other) {
    return compareTo(other) >= 0;
  }

  public static RiskLevel max(RiskLevel a, RiskLevel b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  public String messageKey() {
    return "riskLevel." + name();
  }
}
