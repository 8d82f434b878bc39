package org.lantern.flags;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.people.ChildPlacement;
import org.lantern.people.ChildSummary;

/**
 * The child whose flags are asked for, read once by the caller and handed to every module's {@link
 * FlagFactSource}, to the responsible team and to the check's writes, so that none of them reads
 * the child again: the child's record, the day the flags are for, and the child's placement on that
 * day (if any), which both the placement facts and the responsible team read.
 */
public record FlagSubject(ChildSummary child, LocalDate today, @Nullable ChildPlacement placement) {

  public UUID id() {
    return child.id();
  }

  public UUID partnershipId() {
    return child.partnershipId();
  }

  public @Nullable String nhsNumber() {
    return child.nhsNumber();
  }
}
