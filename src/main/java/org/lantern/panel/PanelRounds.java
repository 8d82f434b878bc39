package org.lantern.panel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * Figures about a panel's rounds for reports (the report card): the panels and the areas they
 * cover, meetings, presentations with level, change, decision and the district the child lived in,
 * escalations and actions (each with its district, so an area's figures split by district). It
 * holds child ids and numbers, never names or what was said, and checks no access itself: callers
 * check their own permission, audit their use and apply their own disclosure control (small
 * numbers).
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

  /** A panel and the districts of its area. */
  public record Area(UUID panelId, String name, Set<UUID> districtIds) {}

  /**
   * One meeting of a panel.
   *
   * @param childrenOnAgenda children on the agenda (not removed)
   * @param memberAgencies agencies that are members of the panel now
   * @param agenciesAttended member agencies recorded as attending
   */
  public record Round(
      UUID meetingId,
      UUID panelId,
      LocalDate meetingOn,
      MeetingStatus status,
      @Nullable Instant approvedAt,
      int childrenOnAgenda,
      int memberAgencies,
      int agenciesAttended) {}

  /** A child presented at a meeting, in the district they lived in then (null: none recorded). */
  public record PresentationFigure(
      UUID meetingId,
      UUID childId,
      @Nullable UUID districtId,
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

  /**
   * An action agreed at a meeting, in the district of the child's presentation; overdue when open
   * and due before the date asked about.
   */
  public record ActionFigure(
      UUID id,
      UUID meetingId,
      UUID childId,
      @Nullable UUID districtId,
      @Nullable UUID agencyId,
      LocalDate dueOn,
      ActionStatus status,
      boolean overdue) {}

  /** The partnership's panels and their areas, by name. */
  @Transactional(readOnly = true)
  public List<Area> areas(UUID partnershipId) {
    return panels.findByPartnershipId(partnershipId).stream()
        .map(p -> new Area(p.id(), p.name(), p.districtIds()))
        .sorted(Comparator.comparing(Area::name, String.CASE_INSENSITIVE_ORDER))
        .toList();
  }

  /**
   * The meetings of the panel whose area covers the district, oldest first (none when no panel
   * covers it).
   */
  @Transactional(readOnly = true)
  public List<Round> rounds(UUID partnershipId, UUID districtId) {
    return panels
        .findByDistrict(districtId)
        .filter(p -> p.partnershipId().equals(partnershipId))
        .map(this::rounds)
        .orElse(List.of());
  }

  /** The panel's meetings, oldest first (none when it is not the partnership's). */
  @Transactional(readOnly = true)
  public List<Round> panelRounds(UUID partnershipId, UUID panelId) {
    return panels
        .findById(panelId)
        .filter(p -> p.partnershipId().equals(partnershipId))
        .map(this::rounds)
        .orElse(List.of());
  }

  private List<Round> rounds(PanelEntity panel) {
    List<Round> rounds = new ArrayList<>();
    for (MeetingEntity m : meetings.findByPanelIdOrderByMeetingOnAsc(panel.id())) {
      rounds.add(
          new Round(
              m.id(),
              panel.id(),
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
                    p.districtId(),
                    p.level(),
                    p.previousLevel(),
                    LevelChange.between(p.previousLevel(), p.level()),
                    p.decision(),
                    items.containsKey(p.childId()) ? items.get(p.childId()).reason() : null,
                    history.reReferrals(p.childId())))
        .toList();
  }

  /** The escalations whose third presentation was at one of the panel's meetings, oldest first. */
  @Transactional(readOnly = true)
  public List<EscalationFigure> escalations(UUID partnershipId, UUID panelId) {
    Set<UUID> ours =
        panelRounds(partnershipId, panelId).stream()
            .map(Round::meetingId)
            .collect(Collectors.toSet());
    List<EscalationEntity> all = escalations.findByPartnershipIdOrderByOpenedAtAsc(partnershipId);
    Map<UUID, PresentationEntity> thirds =
        presentations
            .findAllById(all.stream().map(EscalationEntity::thirdPresentationId).toList())
            .stream()
            .collect(Collectors.toMap(PresentationEntity::id, Function.identity()));
    return all.stream()
        .filter(e -> ours.contains(thirds.get(e.thirdPresentationId()).meetingId()))
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
    List<ActionEntity> list = actions.findByMeetingId(meetingId);
    Map<UUID, UUID> districts = districtsOf(list);
    return list.stream().map(a -> figure(a, districts, asOf)).toList();
  }

  /** Every action of the panel that is open and due before {@code asOf}. */
  @Transactional(readOnly = true)
  public List<ActionFigure> overdueActions(UUID partnershipId, UUID panelId, LocalDate asOf) {
    List<UUID> ids = panelRounds(partnershipId, panelId).stream().map(Round::meetingId).toList();
    if (ids.isEmpty()) {
      return List.of();
    }
    List<ActionEntity> list = actions.findByMeetingIdIn(ids);
    Map<UUID, UUID> districts = districtsOf(list);
    return list.stream()
        .map(a -> figure(a, districts, asOf))
        .filter(ActionFigure::overdue)
        .toList();
  }

  /** The district of each action's presentation, by presentation id. */
  private Map<UUID, UUID> districtsOf(List<ActionEntity> list) {
    Map<UUID, UUID> districts = new HashMap<>();
    presentations
        .findAllById(list.stream().map(ActionEntity::presentationId).distinct().toList())
        .forEach(
            p -> {
              if (p.districtId() != null) {
                districts.put(p.id(), p.districtId());
              }
            });
    return districts;
  }

  private static ActionFigure figure(ActionEntity a, Map<UUID, UUID> districts, LocalDate asOf) {
    return new ActionFigure(
        a.id(),
        a.meetingId(),
        a.childId(),
        districts.get(a.presentationId()),
        a.agencyId(),
        a.dueOn(),
        a.status(),
        a.status() == ActionStatus.OPEN && a.dueOn().isBefore(asOf));
  }
}
