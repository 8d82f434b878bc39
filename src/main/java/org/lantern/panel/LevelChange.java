package org.lantern.panel;

import org.jspecify.annotations.Nullable;
import org.lantern.risk.RiskLevel;

/** How a child's level moved since they were last presented to the panel. */
public enum LevelChange {
  FIRST,
  UP,
  SAME,
  DOWN;

  public static LevelChange between(@Nullable RiskLevel previous, RiskLevel now) {
    if (previous == null) {
      return FIRST;
    }
    int c = now.compareTo(previous);
    return c > 0 ? UP : c < 0 ? DOWN : SAME;
  }

  public String messageKey() {
    return "panel.levelChange." + name();
  }
}
