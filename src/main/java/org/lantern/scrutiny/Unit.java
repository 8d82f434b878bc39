package org.lantern.scrutiny;

import java.math.BigDecimal;

/** What an indicator's figure counts, and the figures it allows. */
public enum Unit {
  /** A whole number, not negative (offences recorded, staff trained). */
  COUNT,
  /** 0 to 100. */
  PERCENTAGE,
  /** A number of days, not negative. */
  DAYS,
  /** Any number. */
  NUMBER;

  /** Whether the unit allows this figure (before the indicator's own range). */
  public boolean allows(BigDecimal figure) {
    return switch (this) {
      case COUNT -> figure.signum() >= 0 && figure.stripTrailingZeros().scale() <= 0;
      case PERCENTAGE -> figure.signum() >= 0 && figure.compareTo(BigDecimal.valueOf(100)) <= 0;
      case DAYS -> figure.signum() >= 0;
      case NUMBER -> true;
    };
  }

  /** What an agency is told when its figure is not of this unit. */
  public String refusalKey() {
    return switch (this) {
      case COUNT -> "scrutiny.return.unit.COUNT";
      case PERCENTAGE -> "scrutiny.return.unit.PERCENTAGE";
      case DAYS -> "scrutiny.return.unit.DAYS";
      case NUMBER -> "scrutiny.return.unit.NUMBER";
    };
  }

  public String messageKey() {
    return "scrutiny.unit." + name();
  }
}
