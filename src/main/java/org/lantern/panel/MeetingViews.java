package org.lantern.panel;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccessPolicy;
import org.lantern.access.AgencyView;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.access.DistrictView;
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
import org.lantern.panel.data.MeetingEntity;
import org.lantern.panel.data.MeetingRecords;
import org.lantern.panel.data.PanelEntity;
import org.lantern.panel.data.PresentationEntity;
import org.lantern.panel.data.Presentations;
import org.lantern.people.ChildSummary;
import org.lantern.people.Children;
import org.lantern.people.CrossBorder;
import org.lantern.people.PlacementType;
import org.lantern.platform.LanternTime;
import org.lantern.platform.RecordNotFoundException;
import org.lantern.risk.RiskLevel;
import org.lantern.risk.RiskLevels;
import org.lantern.risk.Tracker;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the panel's pages show about meetings: the list, an agenda, the minutes, one child's
 * presentation. It changes nothing ({@link Meetings} and {@link Minutes} do); each child it shows
 * is audited for the reader, and only the children it shows.
 */
@Service
public class MeetingViews {

  private final MeetingRecords meetings;
  private final AgendaItems agenda;
  private final Attendances attendances;
  private final Presentations presentations;
  private final Actions actions;
  private final Amendments amendments;
  private final PanelHistory history;
  private final Tracker tracker;
  private final RiskLevels levels;
  private final Children children;
  private final Directory directory;
  private final PanelAccess access;
  private final AccessPolicy policy;
  private final Clock clock;

  private final List<InviteeSource> inviteeSources;

  MeetingViews(
      MeetingRecords meetings,
      AgendaItems agenda,
      Attendances attendances,
      Presentations presentations,
      Actions actions,
      Amendments amendments,
      PanelHistory history,
      Tracker tracker,
      RiskLevels levels,
      Children children,
      Directory directory,
      List<InviteeSource> inviteeSources,
      PanelAccess access,
      AccessPolicy policy,
      Clock clock) {
    this.inviteeSources = inviteeSources;
    this.meetings = meetings;
    this.agenda = agenda;
    this.attendances = attendances;
    this.presentations = presentations;
    this.actions = actions;
    this.amendments = amendments;
    this.history = history;
    this.tracker = tracker;
    this.levels = levels;
    this.children = children;
    this.directory = directory;
    this.access = access;
    this.policy = policy;
    this.clock = clock;
  }

  /** Whether this person runs panels (builds agendas, records meetings). */
  public boolean mayRun(CurrentUser user) {
    return policy.roleAllows(user, Permission.RUN_PANEL);
  }

  /** Every meeting of the partnership's panels, latest first. */
  @Transactional(readOnly = true)
  public List<MeetingSummary> all(CurrentUser user) {
    policy.requireRole(user, Permission.RUN_PANEL);
    return summaries(
        user, meetings.findByPartnershipIdOrderByMeetingOnAsc(user.partnershipId()).reversed());
  }

  /** One meeting, for anyone who may see it (the controller has checked which page). */
  @Transactional(readOnly = true)
  public MeetingSummary summary(CurrentUser user, UUID meetingId) {
    return summaries(user, List.of(access.meeting(user, meetingId, Permission.VIEW_PANEL_PACK)))
        .getFirst();
  }

  /** The agenda as the coordinator sees it; each child shown is audited. */
  @Transactional
  public AgendaView agenda(CurrentUser user, UUID meetingId) {
    MeetingEntity meeting = access.meeting(user, meetingId, Permission.RUN_PANEL);
    List<AgendaItemEntity> items = agenda.findByMeetingIdOrderByAddedAtAscIdAsc(meetingId);
    for (AgendaItemEntity i : items) {
      access.requireChild(
          user,
          Permission.RUN_PANEL,
          i.childId(),
          PanelAccess.meetingRef(meetingId),
          "panel agenda");
    }
    List<AgendaEntry> entries = entries(items, meeting.meetingOn());
    return new AgendaView(
        summaries(user, List.of(meeting)).getFirst(),
        entries.stream().filter(e -> !e.removed()).toList(),
        entries.stream().filter(AgendaEntry::removed).toList(),
        invitees(items.stream().filter(i -> !i.removed()).map(AgendaItemEntity::childId).toList()));
  }

  /** Tracker children of the meeting's district not on its agenda, for adding one by hand. */
  @Transactional
  public List<Tracker.Row> addable(CurrentUser user, UUID meetingId) {
    MeetingEntity meeting = access.meeting(user, meetingId, Permission.RUN_PANEL);
    Set<UUID> on =
        onAgenda(meetingId).stream().map(AgendaItemEntity::childId).collect(Collectors.toSet());
    return tracker.rows(user, AgendaCandidates.districtFilter(meeting)).stream()
        .filter(r -> !on.contains(r.child().id()))
        .toList();
  }

  /** The minutes, for the coordinator or the panel's chair; each child shown is audited. */
  @Transactional
  public MinutesView minutes(CurrentUser user, UUID meetingId) {
    MeetingEntity meeting = access.meeting(user, meetingId, access.minutesRole(user));
    PanelEntity panel = access.panel(meeting);
    Permission as = access.minutesWriter(user, panel, meetingId);
    List<AgendaItemEntity> items = onAgenda(meetingId);
    for (AgendaItemEntity i : items) {
      access.requireChild(
          user, as, i.childId(), PanelAccess.meetingRef(meetingId), "panel minutes");
    }
    Map<UUID, AgencyView> agencies = agencies(user);
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
        summaries(user, List.of(meeting)).getFirst(),
        chairName(panel),
        PanelAccess.chairs(user, panel),
        attendance,
        shown,
        invitees(items.stream().map(AgendaItemEntity::childId).toList()),
        meeting.approvedByUserId() == null
            ? null
            : displayName(people.get(meeting.approvedByUserId())),
        meeting.approvedAt(),
        changes.stream()
            .map(
                a ->
                    new MinutesView.Amendment(
                        a.amendedAt(),
                        displayName(people.get(a.amendedByUserId())),
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
    access.requireChild(user, as, childId, PanelAccess.meetingRef(meetingId), "panel minutes");
    return new PresentationPage(
        summaries(user, List.of(meeting)).getFirst(),
        children(meeting, List.of(item), agencies(user)).getFirst());
  }

  private List<MinutesView.Child> children(
      MeetingEntity meeting, List<AgendaItemEntity> items, Map<UUID, AgencyView> agencies) {
    Map<UUID, PresentationEntity> shown =
        presentations.findByMeetingId(meeting.id()).stream()
            .collect(Collectors.toMap(PresentationEntity::childId, Function.identity()));
    List<ActionEntity> meetingActions = actions.findByMeetingId(meeting.id());
    List<MinutesView.Child> list = new ArrayList<>();
    for (AgendaEntry entry : entries(items, meeting.meetingOn())) {
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
        p.previousLevel(),
        LevelChange.between(p.previousLevel(), p.level()),
        p.discussion(),
        p.decision(),
        actionViews(list, agencies),
        p.version());
  }

  List<MinutesView.Action> actionViews(List<ActionEntity> list, Map<UUID, AgencyView> agencies) {
    Map<UUID, UserView> owners =
        directory.users(
            list.stream().map(ActionEntity::ownerUserId).filter(Objects::nonNull).toList());
    LocalDate today = LocalDate.now(clock.withZone(LanternTime.ZONE));
    return list.stream()
        .sorted(Comparator.comparing(ActionEntity::dueOn))
        .map(
            a ->
                new MinutesView.Action(
                    a.id(),
                    a.childId(),
                    a.description(),
                    a.ownerUserId(),
                    a.ownerUserId() == null
                        ? Objects.requireNonNullElse(a.ownerName(), "")
                        : displayName(owners.get(a.ownerUserId())),
                    a.agencyId() == null || !agencies.containsKey(a.agencyId())
                        ? null
                        : agencies.get(a.agencyId()).name(),
                    a.dueOn(),
                    a.status(),
                    a.status() == ActionStatus.OPEN && a.dueOn().isBefore(today),
                    a.version()))
        .toList();
  }

  Map<UUID, AgencyView> agencies(CurrentUser user) {
    return directory.agencies(user.partnershipId()).stream()
        .collect(Collectors.toMap(AgencyView::id, Function.identity()));
  }

  List<MeetingSummary> summaries(CurrentUser user, List<MeetingEntity> list) {
    Map<UUID, String> districts = new LinkedHashMap<>();
    for (DistrictView d : directory.districts(user.partnershipId())) {
      districts.put(d.id(), d.name());
    }
    return list.stream()
        .map(
            m ->
                new MeetingSummary(
                    m.id(),
                    m.panelId(),
                    m.districtId(),
                    districts.getOrDefault(m.districtId(), ""),
                    m.meetingOn(),
                    m.status(),
                    onAgenda(m.id()).size(),
                    m.version()))
        .toList();
  }

  List<AgendaEntry> entries(List<AgendaItemEntity> items, LocalDate on) {
    List<UUID> ids = items.stream().map(AgendaItemEntity::childId).toList();
    Map<UUID, ChildSummary> kids = children.summaries(ids);
    Map<UUID, RiskLevels.Current> current = levels.current(ids);
    List<AgendaEntry> entries = new ArrayList<>();
    for (AgendaItemEntity i : items) {
      ChildSummary child = Objects.requireNonNull(kids.get(i.childId()));
      RiskLevels.Current level = current.get(i.childId());
      entries.add(
          new AgendaEntry(
              i.childId(),
              child.name(),
              child.dateOfBirth() == null
                  ? null
                  : Period.between(child.dateOfBirth(), on).getYears(),
              level == null ? RiskLevel.NONE : level.level(),
              i.reason(),
              i.detail(),
              history.reReferrals(i.childId()),
              i.removed() ? Objects.requireNonNullElse(i.removedReason(), "") : null));
    }
    entries.sort(
        Comparator.comparing(AgendaEntry::level)
            .reversed()
            .thenComparing(AgendaEntry::childName, String.CASE_INSENSITIVE_ORDER));
    return entries;
  }

  List<Invitee> invitees(List<UUID> childIds) {
    Map<UUID, PlacementType> placements = children.placements(childIds);
    Map<UUID, CrossBorder> crossBorder = children.crossBorder(childIds);
    Map<UUID, ChildSummary> kids = children.summaries(childIds);
    List<Invitee> invitees = new ArrayList<>();
    for (UUID id : childIds) {
      CrossBorder c = crossBorder.get(id);
      if (placements.get(id) == PlacementType.PLACED_HERE_BY_ANOTHER_AUTHORITY
          && c != null
          && c.hasWorker()) {
        invitees.add(
            new Invitee(
                id,
                kids.get(id).name(),
                c.placingAuthority(),
                Objects.requireNonNull(c.workerName()),
                c.workerEmail(),
                c.workerPhone()));
      }
    }
    for (InviteeSource source : inviteeSources) {
      for (Invitee more : source.inviteesFor(childIds)) {
        boolean listed =
            invitees.stream()
                .anyMatch(
                    i ->
                        i.childId().equals(more.childId())
                            && i.workerName().equalsIgnoreCase(more.workerName()));
        if (!listed) {
          invitees.add(more);
        }
      }
    }
    return invitees;
  }

  @Nullable String chairName(PanelEntity panel) {
    return panel.chairUserId() == null
        ? null
        : directory.user(panel.chairUserId()).map(UserView::displayName).orElse(null);
  }

  private List<AgendaItemEntity> onAgenda(UUID meetingId) {
    return agenda.findByMeetingIdOrderByAddedAtAscIdAsc(meetingId).stream()
        .filter(i -> !i.removed())
        .toList();
  }

  private static String displayName(@Nullable UserView user) {
    return user == null ? "" : user.displayName();
  }
}
