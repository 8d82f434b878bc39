package org.lantern.access;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A district, agency or team as an administrator keeps it: an agency has its kind, its district and
 * its contact numbers; a team its agency ({@code parentId}).
 */
public record UnitView(
    UnitKind kind,
    UUID id,
    String name,
    @Nullable UUID parentId,
    @Nullable AgencyKind agencyKind,
    @Nullable String officeHoursPhone,
    @Nullable String outOfHoursPhone,
    @Nullable LocalDate closedOn) {

  /** The parts of a partnership's structure. */
  public enum UnitKind {
    DISTRICT,
    AGENCY,
    TEAM
  }

  public boolean closed() {
    return closedOn != null;
  }
}
