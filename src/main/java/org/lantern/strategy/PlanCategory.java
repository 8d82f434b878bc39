package org.lantern.strategy;

/** The category of abuse a child protection plan is made under. */
public enum PlanCategory {
  NEGLECT,
  PHYSICAL,
  SEXUAL,
  EMOTIONAL;

  public String messageKey() {
    return "strategy.category." + name();
  }
}
