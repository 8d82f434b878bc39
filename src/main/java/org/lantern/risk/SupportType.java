package org.lantern.risk;

/**
 * What the commissioned service offers (seed 002 ¶108): early intervention for children assessed at
 * low risk and their families; a relationship-based approach, where the practitioner who knows the
 * child best is supported by the service to do the work (predominantly at low); targeted support at
 * medium and high.
 */
public enum SupportType {
  EARLY_INTERVENTION,
  RELATIONSHIP_BASED,
  TARGETED;

  /** Whether the service offers this at the level: early intervention at low, targeted above. */
  public boolean suits(RiskLevel level) {
    return switch (this) {
      case EARLY_INTERVENTION -> level == RiskLevel.LOW;
      case RELATIONSHIP_BASED -> level.tracked();
      case TARGETED -> level.serious();
    };
  }

  public String messageKey() {
    return "supportType." + name();
  }
}
