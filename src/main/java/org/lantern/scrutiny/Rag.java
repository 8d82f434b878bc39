package org.lantern.scrutiny;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** Red, amber or green against the indicator's bands; {@code NONE} without a figure. */
public enum Rag {
  GREEN,
  AMBER,
  RED,
  NONE;

  /**
   * The rating: green from {@code greenAt}, amber from {@code amberAt}, red beyond, in the
   * indicator's direction (for "lower is better", green at or below {@code greenAt}).
   */
  public static Rag of(
      @Nullable BigDecimal figure, Direction direction, BigDecimal greenAt, BigDecimal amberAt) {
    if (figure == null) {
      return NONE;
    }
    int sign = direction == Direction.HIGHER_IS_BETTER ? 1 : -1;
    if (sign * figure.compareTo(greenAt) >= 0) {
      return GREEN;
    }
    if (sign * figure.compareTo(amberAt) >= 0) {
      return AMBER;
    }
    return RED;
  }

  public String messageKey() {
    return "scrutiny.rag." + name();
  }

  /** The GOV.UK tag colour class. */
  public String tagClass() {
    return switch (this) {
      case GREEN -> "govuk-tag--green";
      case AMBER -> "govuk-tag--yellow";
      case RED -> "govuk-tag--red";
      case NONE -> "govuk-tag--grey";
    };
  }
}
