package org.lantern.risk;

import org.jspecify.annotations.Nullable;

/** A practitioner's answer to one indicator. Only yes counts towards the level. */
public enum Answer {
  YES,
  NO,
  NOT_KNOWN;

  public static @Nullable Answer parse(@Nullable String value) {
    for (Answer a : values()) {
      if (a.name().equals(value)) {
        return a;
      }
    }
    return null;
  }

  public String messageKey() {
    return "answer." + name();
  }
}
