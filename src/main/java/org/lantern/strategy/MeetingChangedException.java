package org.lantern.strategy;

/** Someone else changed the meeting (or conference) since this person opened it: nothing saved. */
public class MeetingChangedException extends RuntimeException {

  public MeetingChangedException() {
    super("Changed by someone else since it was opened");
  }
}
