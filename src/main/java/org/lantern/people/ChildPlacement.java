package org.lantern.people;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One placement of a child: where they lived (its type), who held responsibility, the other
 * authority when one was involved, and from when to when. Current on a day when it started on or
 * before that day and had not ended by it ({@code endedOn} is the day the child left).
 */
public record ChildPlacement(
    UUID id,
    UUID childId,
    PlacementType type,
    Responsibility responsibility,
    @Nullable OtherAuthority authority,
    LocalDate startedOn,
    @Nullable LocalDate endedOn) {

  public boolean currentOn(LocalDate day) {
    return !startedOn.isAfter(day) && (endedOn == null || endedOn.isAfter(day));
  }

  public boolean open() {
    return endedOn == null;
  }
}
