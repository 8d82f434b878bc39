package org.lantern.risk;

/** How the service's work with a child ended. */
public enum ServiceOutcome {
  /** The work was done and the risk reduced. */
  RISK_REDUCED,
  /** The work ended with the risk no lower. */
  RISK_NOT_REDUCED,
  /** The risk rose and the child was passed to children's social care or the police. */
  ESCALATED,
  /** The child or family would not take part. */
  DID_NOT_ENGAGE,
  /** The child moved out of the area the service covers. */
  MOVED_AWAY;

  public String messageKey() {
    return "serviceOutcome." + name();
  }
}
