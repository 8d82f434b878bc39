package org.lantern.panel;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * How many times a child was re-referred to panel: put on an agenda again after a panel closed
 * them. Each closure counts at most once (a child closed, put back, and closed and put back again
 * has been re-referred twice). A removed agenda entry does not count.
 */
public final class ReReferrals {

  private ReReferrals() {}

  /**
   * One of the child's meetings.
   *
   * @param onAgenda on the agenda and not removed
   * @param closed the panel closed the child there, in minutes the chair approved
   */
  public record Appearance(LocalDate meetingOn, boolean onAgenda, boolean closed) {}

  public static int count(List<Appearance> appearances) {
    int count = 0;
    boolean closed = false;
    for (Appearance a :
        appearances.stream().sorted(Comparator.comparing(Appearance::meetingOn)).toList()) {
      if (a.onAgenda() && closed) {
        count++;
        closed = false;
      }
      if (a.closed()) {
        closed = true;
      }
    }
    return count;
  }
}
