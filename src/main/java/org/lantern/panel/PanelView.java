package org.lantern.panel;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AgencyView;
import org.lantern.access.DistrictView;

/** A panel as configured: the area it covers (its name and districts), chair, members, schedule. */
public record PanelView(
    UUID id,
    String name,
    List<DistrictView> districts,
    @Nullable UUID chairUserId,
    @Nullable String chairName,
    List<AgencyView> memberAgencies,
    int intervalMonths,
    @Nullable LocalDate nextMeetingOn,
    long version) {

  /** Whether the area covers more than one district (then the report card shows each one). */
  public boolean severalDistricts() {
    return districts.size() > 1;
  }
}
