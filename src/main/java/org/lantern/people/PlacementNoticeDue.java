package org.lantern.people;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Another authority's contact is to be told a placement started or ended: recorded on the child's
 * chronology when raised; the {@code notify} module e-mails {@code email} when mail is configured,
 * saying only that there is news of a placement and the reference, never about whom.
 */
public record PlacementNoticeDue(
    UUID noticeId,
    UUID placementId,
    Event event,
    String authorityName,
    @Nullable String contactName,
    @Nullable String email) {

  public enum Event {
    STARTED,
    ENDED
  }
}
