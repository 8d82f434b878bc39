package org.lantern.intelligence;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A child abduction warning notice as the police officer records it. Already validated. */
public record NoticeDetails(
    AdultDetails adult,
    List<UUID> childIds,
    String officerName,
    LocalDate servedOn,
    LocalDate expiresOn,
    String circumstances) {

  public NoticeDetails {
    childIds = List.copyOf(childIds);
    if (childIds.isEmpty()) {
      throw new IllegalArgumentException("A notice names at least one child");
    }
    if (expiresOn.isBefore(servedOn)) {
      throw new IllegalArgumentException("A notice expires after it is served");
    }
  }
}
