package org.lantern.panel;

import java.util.List;

/** A meeting's agenda: the children on it, those taken off (and why), and whom to invite. */
public record AgendaView(
    MeetingSummary meeting,
    List<AgendaEntry> entries,
    List<AgendaEntry> removed,
    List<Invitee> invitees) {}
