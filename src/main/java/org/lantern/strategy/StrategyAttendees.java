package org.lantern.strategy;

import java.util.UUID;
import org.lantern.access.AttendeeSource;
import org.lantern.access.RecorderSource;
import org.lantern.strategy.data.Conferences;
import org.lantern.strategy.data.StrategyMeetings;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who has a basis for a child's file from this module: whoever was invited to a meeting about the
 * child (an attendee, who sees those meetings), and whoever recorded a meeting or conference.
 */
@Component
class StrategyAttendees implements AttendeeSource, RecorderSource {

  private final StrategyMeetings meetings;
  private final Conferences conferences;

  StrategyAttendees(StrategyMeetings meetings, Conferences conferences) {
    this.meetings = meetings;
    this.conferences = conferences;
  }

  @Override
  @Transactional(readOnly = true)
  public boolean invited(UUID childId, UUID userId) {
    return meetings.invited(childId, userId);
  }

  @Override
  @Transactional(readOnly = true)
  public boolean recorded(UUID childId, UUID userId) {
    return meetings.recordedBy(childId, userId)
        || conferences.existsByChildIdAndRecordedByUserId(childId, userId);
  }
}
