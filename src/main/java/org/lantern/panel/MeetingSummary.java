package org.lantern.panel;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A panel meeting: which panel (named after its area), when, how far it has got, how many children
 * on its agenda.
 */
public record MeetingSummary(
    UUID id,
    UUID panelId,
    String panelName,
    LocalDate meetingOn,
    MeetingStatus status,
    int children,
    long version) {

  /** Whether minutes may be written on {@code today}: the agenda agreed and the day come. */
  public boolean minutesOpen(LocalDate today) {
    return status != MeetingStatus.PLANNED && !today.isBefore(meetingOn);
  }
}
