package org.lantern.panel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.lantern.panel.data.AgendaItemEntity;
import org.lantern.panel.data.AgendaItems;
import org.lantern.panel.data.MeetingEntity;
import org.lantern.panel.data.MeetingRecords;
import org.lantern.panel.data.PresentationEntity;
import org.lantern.panel.data.Presentations;
import org.springframework.stereotype.Component;

/** A child's history at panel, read for the agenda, the file, the pack and the rules. */
@Component
class PanelHistory {

  private final MeetingRecords meetings;
  private final AgendaItems agenda;
  private final Presentations presentations;

  PanelHistory(MeetingRecords meetings, AgendaItems agenda, Presentations presentations) {
    this.meetings = meetings;
    this.agenda = agenda;
    this.presentations = presentations;
  }

  /** One presentation with its meeting. */
  record Shown(MeetingEntity meeting, PresentationEntity presentation) {}

  /** The child's presentations at meetings whose minutes are approved, oldest first. */
  List<Shown> approved(UUID childId) {
    List<PresentationEntity> all = presentations.findByChildId(childId);
    Map<UUID, MeetingEntity> byId = meetingsOf(all.stream().map(PresentationEntity::meetingId));
    return all.stream()
        .filter(p -> byId.containsKey(p.meetingId()))
        .map(p -> new Shown(byId.get(p.meetingId()), p))
        .filter(s -> s.meeting().status() == MeetingStatus.MINUTES_APPROVED)
        .sorted(Comparator.comparing((Shown s) -> s.meeting().meetingOn()))
        .toList();
  }

  /** The latest approved presentation of the child at this panel, if any. */
  Optional<Shown> lastAt(UUID panelId, UUID childId) {
    return approved(childId).stream()
        .filter(s -> s.meeting().panelId().equals(panelId))
        .reduce((a, b) -> b);
  }

  /** The child's level at their last presentation before {@code meeting} at the same panel. */
  Optional<PresentationEntity> previousTo(MeetingEntity meeting, UUID childId) {
    List<PresentationEntity> all = presentations.findByChildId(childId);
    Map<UUID, MeetingEntity> byId = meetingsOf(all.stream().map(PresentationEntity::meetingId));
    return all.stream()
        .filter(p -> byId.containsKey(p.meetingId()))
        .filter(p -> byId.get(p.meetingId()).panelId().equals(meeting.panelId()))
        .filter(p -> byId.get(p.meetingId()).meetingOn().isBefore(meeting.meetingOn()))
        .max(Comparator.comparing(p -> byId.get(p.meetingId()).meetingOn()));
  }

  List<PresentationEntity> presentationsAt(UUID meetingId) {
    return presentations.findByMeetingId(meetingId);
  }

  /** How many times the child was re-referred (see {@link ReReferrals}). */
  int reReferrals(UUID childId) {
    List<AgendaItemEntity> items = agenda.findByChildId(childId);
    List<PresentationEntity> shown = presentations.findByChildId(childId);
    Map<UUID, MeetingEntity> byId =
        meetingsOf(
            Stream.concat(
                items.stream().map(AgendaItemEntity::meetingId),
                shown.stream().map(PresentationEntity::meetingId)));
    Map<UUID, Boolean> closed = new HashMap<>();
    for (PresentationEntity p : shown) {
      MeetingEntity m = byId.get(p.meetingId());
      if (m != null && m.status() == MeetingStatus.MINUTES_APPROVED) {
        closed.put(m.id(), p.decision() == PanelDecision.CLOSE);
      }
    }
    Map<UUID, Boolean> onAgenda = new HashMap<>();
    for (AgendaItemEntity i : items) {
      onAgenda.put(i.meetingId(), !i.removed());
    }
    List<ReReferrals.Appearance> appearances = new ArrayList<>();
    for (MeetingEntity m : byId.values()) {
      appearances.add(
          new ReReferrals.Appearance(
              m.meetingOn(),
              onAgenda.getOrDefault(m.id(), false),
              closed.getOrDefault(m.id(), false)));
    }
    return ReReferrals.count(appearances);
  }

  Map<UUID, MeetingEntity> meetingsOf(Stream<UUID> ids) {
    List<UUID> distinct = ids.distinct().toList();
    if (distinct.isEmpty()) {
      return Map.of();
    }
    return meetings.findByIdIn(distinct).stream()
        .collect(Collectors.toMap(MeetingEntity::id, Function.identity()));
  }
}
