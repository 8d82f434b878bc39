package org.lantern.people;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A placement about to be recorded: its type, who holds responsibility, the other authority (which
 * must be there exactly when responsibility involves one) and the day it started.
 */
public record NewPlacement(
    PlacementType type,
    Responsibility responsibility,
    @Nullable OtherAuthority authority,
    LocalDate startedOn) {

  public NewPlacement {
    if (responsibility.otherAuthority() != (authority != null)) {
      throw new IllegalArgumentException(
          "An other authority is given exactly when responsibility involves one");
    }
  }

  public static NewPlacement ours(PlacementType type, LocalDate startedOn) {
    return new NewPlacement(type, Responsibility.OURS, null, startedOn);
  }
}
