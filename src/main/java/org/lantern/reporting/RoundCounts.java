package org.lantern.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * What one round of a district's panel counts.
 *
 * @param meetingOn the day the panel met
 * @param children every child presented at the meeting
 * @param escalations children escalated to the county manager at this round (their third
 *     presentation without a reduction in level was here)
 * @param overdueActions the panel's actions still open and due before the meeting day
 */
public record RoundCounts(
    LocalDate meetingOn, List<CountedChild> children, long escalations, long overdueActions) {

  public RoundCounts {
    children = List.copyOf(children);
  }
}
