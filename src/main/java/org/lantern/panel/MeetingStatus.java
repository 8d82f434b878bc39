package org.lantern.panel;

/**
 * Where a panel meeting is: planned (agenda being built), agenda agreed (the pack is out), held
 * (minutes being written), minutes approved by the chair (then changed only by an amendment).
 */
public enum MeetingStatus {
  PLANNED,
  AGENDA_AGREED,
  HELD,
  MINUTES_APPROVED;

  /** The agenda can still be changed. */
  public boolean agendaOpen() {
    return this == PLANNED || this == AGENDA_AGREED;
  }

  public String messageKey() {
    return "panel.meetingStatus." + name();
  }
}
