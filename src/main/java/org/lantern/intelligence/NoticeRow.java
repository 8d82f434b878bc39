package org.lantern.intelligence;

import java.time.LocalDate;
import java.util.UUID;

/** One notice in the register. */
public record NoticeRow(
    UUID id,
    LocalDate servedOn,
    LocalDate expiresOn,
    String adultName,
    int children,
    String officerName) {

  /** Whether the notice is no longer in force on this day (it is in force on its expiry date). */
  public boolean expiredOn(LocalDate today) {
    return expiresOn.isBefore(today);
  }
}
