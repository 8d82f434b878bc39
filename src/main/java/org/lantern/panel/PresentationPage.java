package org.lantern.panel;

/** One child's part of a meeting's minutes, for the page that records or amends it. */
public record PresentationPage(MeetingSummary meeting, MinutesView.Child child) {

  /** Changes are amendments now. */
  public boolean approved() {
    return meeting.status() == MeetingStatus.MINUTES_APPROVED;
  }
}
