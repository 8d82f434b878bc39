package org.lantern.governance;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An information sharing agreement as the officer sees it. */
public record Agreement(
    UUID id,
    UUID agencyId,
    String agencyName,
    AgreementTerms terms,
    @Nullable LocalDate endedOn,
    @Nullable String endReason,
    long version) {

  /** Started on or before the day, and not ended by it. */
  public boolean inForceOn(LocalDate day) {
    return !terms.startsOn().isAfter(day) && (endedOn == null || endedOn.isAfter(day));
  }

  /** In force, and its review date has come. */
  public boolean reviewDueOn(LocalDate day) {
    return inForceOn(day) && !terms.reviewOn().isAfter(day);
  }

  public boolean ended() {
    return endedOn != null;
  }
}
