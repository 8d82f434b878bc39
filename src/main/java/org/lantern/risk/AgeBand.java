package org.lantern.risk;

import java.time.LocalDate;
import java.time.Period;
import org.jspecify.annotations.Nullable;

/** Age bands the tracker filters and reports by. */
public enum AgeBand {
  UNDER_10,
  FROM_10_TO_12,
  FROM_13_TO_15,
  FROM_16_TO_17,
  ADULT,
  NOT_KNOWN;

  public static AgeBand of(@Nullable LocalDate dateOfBirth, LocalDate today) {
    if (dateOfBirth == null) {
      return NOT_KNOWN;
    }
    int age = Period.between(dateOfBirth, today).getYears();
    if (age < 10) {
      return UNDER_10;
    }
    if (age <= 12) {
      return FROM_10_TO_12;
    }
    if (age <= 15) {
      return FROM_13_TO_15;
    }
    return age <= 17 ? FROM_16_TO_17 : ADULT;
  }

  public String messageKey() {
    return "ageBand." + name();
  }
}
