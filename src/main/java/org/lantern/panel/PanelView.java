package org.lantern.panel;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AgencyView;

/**
 * A district's panel as configured: null id (and defaults) for a district whose panel has not been
 * set up yet.
 */
public record PanelView(
    @Nullable UUID id,
    UUID districtId,
    String districtName,
    @Nullable UUID chairUserId,
    @Nullable String chairName,
    List<AgencyView> memberAgencies,
    int intervalMonths,
    @Nullable LocalDate nextMeetingOn,
    long version) {

  public boolean configured() {
    return id != null;
  }
}
