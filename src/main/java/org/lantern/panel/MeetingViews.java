package org.lantern.panel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.lantern.access.AccessPolicy;
import org.lantern.access.AgencyView;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.access.Permission;
import org.lantern.access.UserView;
import org.lantern.panel.data.ActionEntity;
import org.lantern.panel.data.Actions;
import org.lantern.panel.data.AgendaItemEntity;
import org.lantern.panel.data.AgendaItems;
import org.lantern.panel.data.AmendmentEntity;
import org.lantern.panel.data.Amendments;
import org.lantern.panel.data.AttendanceEntity;
import org.lantern.panel.data.Attendances;
import org.lantern.panel.data.Escalations;
import org.lantern.panel.data.MeetingEntity;
import org.lantern.panel.data.MeetingRecords;
import org.lantern.panel.data.PanelEntity;
import org.lantern.panel.data.PanelRecords;
import org.lantern.panel.data.PresentationEntity;
import org.lantern.panel.data.Presentations;
import org.lantern.people.Children;
import org.lantern.platform.RecordNotFoundException;
import org.lantern.risk.Tracker;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the panel's pages show about meetings: the list, an agenda, the panel pack (for the
 * coordinator, the chair and panel members of the panel's member agencies), the minutes, one
 * child's presentation. It changes nothing ({@link Meetings} and {@link Minutes} do); each child it
 * shows is audited for the reader, and only the children it shows.
 */
@Service
public class MeetingViews {

  private final MeetingRecords meetings;
  private final PanelRecords panels;
  private final AgendaItems agenda;
  private final Attendances attendances;
  private final Presentations presentations;
  private final Actions actions;
  private final Amendments amendments;
  private final Escalations escalations;
  private final PanelHistory history;
  private final Tracker tracker;
  private final Children children;
  private final Directory directory;
  private final MeetingParts parts;
  private final PanelAccess access;
  private final AccessPolicy policy;

  MeetingViews(
      MeetingRecords meetings,
      PanelRecords panels,
      AgendaItems agenda,
      Attendances attendances,
      Presentations presentations,
      Actions actions,
      Amendments amendments,
      Escalations escalations,
      PanelHistory history,
      Tracker tracker,
      Children children,
      Directory directory,
      MeetingParts parts,
      PanelAccess access,
      AccessPolicy policy) {
    this.meetings = meetings;
    this.panels = panels;
    this.agenda = agenda;
    this.attendances = attendances;
    this.presentations = presentations;
    this.actions = actions;
    this.amendments = amendments;
    this.escalations = escalations;
    this.history = history;
    this.tracker = tracker;
    this.children = children;
    this.directory = directory;
    this.parts = parts;
    this.access = access;
    this.policy = policy;
  }

  /** Whether this person runs panels (builds agendas, records meetings). */
  public boolean mayRun(CurrentUser user) {
    return policy.roleAllows(user, Permission.RUN_PANEL);
  }

  /** Every meeting of the partnership's panels, latest first. */
  @Transactional(readOnly = true)
  public List<MeetingSummary> all(CurrentUser user) {
    policy.requireRole(user, Permission.RUN_PANEL);
    return parts.summaries(
        user, meetings.findByPartnershipIdOrderByMeetingOnAsc(user.partnershipId()).reversed());
  }

  /** One meeting, for anyone who may see it (the controller has checked which page). */
  @Transactional(readOnly = true)
  public MeetingSummary summary(CurrentUser user, UUID meetingId) {
    return parts
        .summaries(user, List.of(access.meeting(user, meetingId, Permission.VIEW_PANEL_PACK)))
        .getFirst();
  }

  /** The agenda as the coordinator sees it; each child shown is audited. */
  @Transactional
  public AgendaView agenda(CurrentUser user, UUID meetingId) {
    MeetingEntity meeting = access.meeting(user, meetingId, Permission.RUN_PANEL);
    List<AgendaItemEntity> items = agenda.findByMeetingIdOrderByAddedAtAscIdAsc(meetingId);
    for (AgendaItemEntity i : items) {
      access.readChild(
          user,
          Permission.RUN_PANEL,
          i.childId(),
          PanelAccess.meetingRef(meetingId),
          "panel agenda");
    }
    List<AgendaEntry> entries = parts.entries(items, meeting.meetingOn());
    return new AgendaView(
        parts.summaries(user, List.of(meeting)).getFirst(),
        entries.stream().filter(e -> !e.removed()).toList(),
        entries.stream().filter(AgendaEntry::removed).toList(),
        parts.invitees(
            items.stream().filter(i -> !i.removed()).map(AgendaItemEntity::childId).toList()));
  }

  /** Tracker children of the panel area's districts not on the agenda, for adding one by hand. */
  @Transactional
  public List<Tracker.Row> addable(CurrentUser user, UUID meetingId) {
    MeetingEntity meeting = access.meeting(user, meetingId, Permission.RUN_PANEL);
    Set<UUID> on =
        parts.onAgenda(meetingId).stream()
            .map(AgendaItemEntity::childId)
            .collect(Collectors.toSet());
    return AgendaCandidates.areaRows(tracker, user, access.panel(meeting).districtIds()).stream()
        .filter(r -> !on.contains(r.child().id()))
        .toList();
  }

  /** The minutes, for the coordinator or the panel's chair; each child shown is audited. */
  @Transactional
  public MinutesView minutes(CurrentUser user, UUID meetingId) {
    MeetingEntity meeting = access.meeting(user, meetingId, access.minutesRole(user));
    PanelEntity panel = access.panel(meeting);
    Permission as = access.minutesWriter(user, panel, meetingId);
    List<AgendaItemEntity> items = parts.onAgenda(meetingId);
    for (AgendaItemEntity i : items) {
      access.readChild(user, as, i.childId(), PanelAccess.meetingRef(meetingId), "panel minutes");
    }
    Map<UUID, AgencyView> agencies = parts.agencies(user);
    Map<UUID, AttendanceEntity> attended =
        attendances.forMeeting(meetingId).stream()
            .collect(Collectors.toMap(AttendanceEntity::agencyId, Function.identity()));
    List<MinutesView.Attendance> attendance = new ArrayList<>();
    for (UUID agencyId : panel.memberAgencies()) {
      AttendanceEntity a = attended.get(agencyId);
      AgencyView agency = agencies.get(agencyId);
      attendance.add(
          new MinutesView.Attendance(
              agencyId,
              agency == null ? "" : agency.name(),
              a != null && a.attended(),
              a == null ? null : a.names()));
    }
    attendance.sort(Comparator.comparing(MinutesView.Attendance::agencyName));
    List<MinutesView.Child> shown = children(meeting, items, agencies);
    List<AmendmentEntity> changes = amendments.findByMeetingIdOrderByAmendedAtAsc(meetingId);
    Map<UUID, UserView> people =
        directory.users(
            Stream.concat(
                    Stream.ofNullable(meeting.approvedByUserId()),
                    changes.stream().map(AmendmentEntity::amendedByUserId))
                .distinct()
                .toList());
    Map<UUID, String> names =
        shown.stream()
            .collect(
                Collectors.toMap(
                    c -> c.entry().childId(), c -> c.entry().childName(), (a, b) -> a));
    return new MinutesView(
        parts.summaries(user, List.of(meeting)).getFirst(),
        parts.chairName(panel),
        PanelAccess.chairs(user, panel),
        attendance,
        shown,
        parts.invitees(items.stream().map(AgendaItemEntity::childId).toList()),
        meeting.approvedByUserId() == null
            ? null
            : MeetingParts.displayName(people.get(meeting.approvedByUserId())),
        meeting.approvedAt(),
        changes.stream()
            .map(
                a ->
                    new MinutesView.Amendment(
                        a.amendedAt(),
                        MeetingParts.displayName(people.get(a.amendedByUserId())),
                        a.childId() == null ? null : names.get(a.childId()),
                        a.reason(),
                        a.changes()))
            .toList());
  }

  /**
   * One child's part of the minutes, for the coordinator or the panel's chair: only this child is
   * read and audited (not found when the child is not on the agenda).
   */
  @Transactional
  public PresentationPage presentation(CurrentUser user, UUID meetingId, UUID childId) {
    MeetingEntity meeting = access.meeting(user, meetingId, access.minutesRole(user));
    PanelEntity panel = access.panel(meeting);
    Permission as = access.minutesWriter(user, panel, meetingId);
    AgendaItemEntity item =
        agenda
            .findByMeetingIdAndChildId(meetingId, childId)
            .filter(i -> !i.removed())
            .orElseThrow(() -> new RecordNotFoundException("agenda item", childId));
    access.readChild(user, as, childId, PanelAccess.meetingRef(meetingId), "panel minutes");
    return new PresentationPage(
        parts.summaries(user, List.of(meeting)).getFirst(),
        children(meeting, List.of(item), parts.agencies(user)).getFirst());
  }

  /**
   * Whether the person writes or approves this meeting's minutes (coordinator or chair), for the
   * link from a pack they have opened.
   */
  @Transactional(readOnly = true)
  public boolean mayOpenMinutes(CurrentUser user, UUID meetingId) {
    MeetingEntity meeting = access.meeting(user, meetingId, Permission.VIEW_PANEL_PACK);
    return policy.roleAllows(user, Permission.RUN_PANEL)
        || (policy.roleAllows(user, Permission.APPROVE_PANEL_MINUTES)
            && PanelAccess.chairs(user, access.panel(meeting)));
  }

  private List<MinutesView.Child> children(
      MeetingEntity meeting, List<AgendaItemEntity> items, Map<UUID, AgencyView> agencies) {
    Map<UUID, PresentationEntity> shown =
        presentations.findByMeetingId(meeting.id()).stream()
            .collect(Collectors.toMap(PresentationEntity::childId, Function.identity()));
    List<ActionEntity> meetingActions = actions.findByMeetingId(meeting.id());
    List<MinutesView.Child> list = new ArrayList<>();
    for (AgendaEntry entry : parts.entries(items, meeting.meetingOn())) {
      PresentationEntity p = shown.get(entry.childId());
      list.add(
          new MinutesView.Child(
              entry,
              p == null
                  ? null
                  : presentation(
                      p,
                      meetingActions.stream()
                          .filter(a -> a.presentationId().equals(p.id()))
                          .toList(),
                      agencies)));
    }
    return list;
  }

  private MinutesView.Presentation presentation(
      PresentationEntity p, List<ActionEntity> list, Map<UUID, AgencyView> agencies) {
    return new MinutesView.Presentation(
        p.id(),
        p.level(),
        p.screeningLevel(),
        p.levelReason(),
        p.previousLevel(),
        LevelChange.between(p.previousLevel(), p.level()),
        p.discussion(),
        p.decision(),
        parts.actionViews(list, agencies),
        p.version());
  }
}
