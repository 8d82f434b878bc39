package org.lantern.access;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A local authority (council) of the partnership: a partnership may span more than one, each with
 * its districts, so that figures can be given by authority and in total.
 */
public record LocalAuthorityView(
    UUID id, UUID partnershipId, String name, @Nullable LocalDate closedOn) {

  public boolean closed() {
    return closedOn != null;
  }
}
