package org.lantern.panel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.lantern.panel.data.ActionEntity;
import org.lantern.panel.data.Actions;
import org.lantern.panel.data.AgendaItemEntity;
import org.lantern.panel.data.AgendaItems;
import org.lantern.panel.data.Attendances;
import org.lantern.panel.data.EscalationEntity;
import org.lantern.panel.data.Escalations;
import org.lantern.panel.data.MeetingEntity;
import org.lantern.panel.data.MeetingRecords;
import org.lantern.panel.data.PanelEntity;
import org.lantern.panel.data.PanelRecords;
import org.lantern.panel.data.PresentationEntity;
import org.lantern.panel.data.Presentations;
import org.lantern.risk.RiskLevel;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Figures about a district's panel rounds for reports (the report card): meetings, presentations
 * with level, change and decision, escalations and actions. It holds child ids and numbers, never
 * names or what was said, and checks no access itself: callers check their own permission, audit
 * their use and apply their own disclosure control (small numbers).
 */
@Service
public class PanelRounds {

  private final PanelRecords panels;
  private final MeetingRecords meetings;
  private final AgendaItems agenda;
  private final Attendances attendances;
  private final Presentations presentations;
  private final Actions actions;
  private final Escalations escalations;
  private final PanelHistory history;

  PanelRounds(
      PanelRecords panels,
      MeetingRecords meetings,
      AgendaItems agenda,
      Attendances attendances,
      Presentations presentations,
      Actions actions,
      Escalations escalations,
      PanelHistory history) {
    this.panels = panels;
    this.meetings = meetings;
    this.agenda = agenda;
    this.attendances = attendances;
    this.presentations = presentations;
    this.actions = actions;
    this.escalations = escalations;
    this.history = history;
  }

  /**
   * One meeting of a district's panel.
   *
   * @param childrenOnAgenda children on the agenda (not removed)
   * @param memberAgencies agencies that are members of the panel now
   * @param agenciesAttended member agencies recorded as attending
   */
  public record Round(
      UUID meetingId,
      UUID districtId,
      LocalDate meetingOn,
      MeetingStatus status,
      @Nullable Instant approvedAt,
      int childrenOnAgenda,
      int memberAgencies,
      int agenciesAttended) {}

  /** A child presented at a meeting. */
  public record PresentationFigure(
      UUID meetingId,
      UUID childId,
      RiskLevel level,
      @Nullable RiskLevel previousLevel,
      LevelChange change,
      PanelDecision decision,
      @Nullable AgendaReason reason,
      int reReferrals) {}

  /** An escalation to the county manager. */
  public record EscalationFigure(
      UUID id,
      UUID districtId,
      UUID childId,
      UUID thirdPresentationMeetingId,
      Instant openedAt,
      @Nullable Instant decidedAt) {

    public boolean decided() {
      return decidedAt != null;
    }
  }

  /** An action agreed at a meeting; overdue when open and due before the date asked about. */
  public record ActionFigure(
      UUID id,
      UUID meetingId,
      UUID childId,
      @Nullable UUID agencyId,
      LocalDate dueOn,
      ActionStatus status,
      boolean overdue) {}

  /** The district's panel meetings, oldest first (none when it has no panel). */
  @Transactional(readOnly = true)
  public List<Round> rounds(UUID partnershipId, UUID districtId) {
    PanelEntity panel =
        panels
            .findByDistrictId(districtId)
            .filter(p -> p.partnershipId().equals(partnershipId))
            .orElse(null);
    if (panel == null) {
      return List.of();
    }
    List<Round> rounds = new ArrayList<>();
    for (MeetingEntity m : meetings.findByPanelIdOrderByMeetingOnAsc(panel.id())) {
      rounds.add(
          new Round(
              m.id(),
              m.districtId(),
              m.meetingOn(),
              m.status(),
              m.approvedAt(),
              (int)
                  agenda.findByMeetingIdOrderByAddedAtAscIdAsc(m.id()).stream()
                      .filter(i -> !i.removed())
                      .count(),
              panel.memberAgencies().size(),
              (int)
                  attendances.forMeeting(m.id()).stream()
                      .filter(a -> a.attended() && panel.memberAgencies().contains(a.agencyId()))
                      .count()));
    }
    return rounds;
  }

  /** The presentations recorded at a meeting (draft or approved: see the round's status). */
  @Transactional(readOnly = true)
  public List<PresentationFigure> presentations(UUID meetingId) {
    Map<UUID, AgendaItemEntity> items =
        agenda.findByMeetingIdOrderByAddedAtAscIdAsc(meetingId).stream()
            .collect(Collectors.toMap(AgendaItemEntity::childId, Function.identity()));
    return presentations.findByMeetingId(meetingId).stream()
        .map(
            p ->
                new PresentationFigure(
                    meetingId,
                    p.childId(),
                    p.level(),
                    p.previousLevel(),
                    LevelChange.between(p.previousLevel(), p.level()),
                    p.decision(),
                    items.containsKey(p.childId()) ? items.get(p.childId()).reason() : null,
                    history.reReferrals(p.childId())))
        .toList();
  }

  /** The district's escalations, oldest first. */
  @Transactional(readOnly = true)
  public List<EscalationFigure> escalations(UUID partnershipId, UUID districtId) {
    List<EscalationEntity> all =
        escalations.findByDistrictIdOrderByOpenedAtAsc(districtId).stream()
            .filter(e -> e.partnershipId().equals(partnershipId))
            .toList();
    Map<UUID, PresentationEntity> thirds =
        presentations
            .findAllById(all.stream().map(EscalationEntity::thirdPresentationId).toList())
            .stream()
            .collect(Collectors.toMap(PresentationEntity::id, Function.identity()));
    return all.stream()
        .map(
            e ->
                new EscalationFigure(
                    e.id(),
                    e.districtId(),
                    e.childId(),
                    thirds.get(e.thirdPresentationId()).meetingId(),
                    e.openedAt(),
                    e.decidedAt()))
        .toList();
  }

  /** The actions agreed at a meeting, as they stand on {@code asOf}. */
  @Transactional(readOnly = true)
  public List<ActionFigure> actions(UUID meetingId, LocalDate asOf) {
    return actions.findByMeetingId(meetingId).stream().map(a -> figure(a, asOf)).toList();
  }

  /** Every action of the district's panel that is open and due before {@code asOf}. */
  @Transactional(readOnly = true)
  public List<ActionFigure> overdueActions(UUID partnershipId, UUID districtId, LocalDate asOf) {
    List<UUID> ids = rounds(partnershipId, districtId).stream().map(Round::meetingId).toList();
    if (ids.isEmpty()) {
      return List.of();
    }
    return actions.findByMeetingIdIn(ids).stream()
        .map(a -> figure(a, asOf))
        .filter(ActionFigure::overdue)
        .toList();
  }

  private static ActionFigure figure(ActionEntity a, LocalDate asOf) {
    return new ActionFigure(
        a.id(),
        a.meetingId(),
        a.childId(),
        a.agencyId(),
        a.dueOn(),
        a.status(),
        a.status() == ActionStatus.OPEN && a.dueOn().isBefore(asOf));
  }
}
