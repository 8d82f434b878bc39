package org.lantern.access;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A local authority, district, agency or team as an administrator keeps it: a district has its
 * local authority ({@code parentId}); an agency its kind, its district and its contact numbers; a
 * team its agency.
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
    LOCAL_AUTHORITY,
    DISTRICT,
    AGENCY,
    TEAM
  }

  public boolean closed() {
    return closedOn != null;
  }
}
