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
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccessPolicy;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditLog;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.access.DistrictView;
import org.lantern.access.Permission;
import org.lantern.access.RecordRef;
import org.lantern.panel.data.AgendaItemEntity;
import org.lantern.panel.data.AgendaItems;
import org.lantern.panel.data.EscalationEntity;
import org.lantern.panel.data.Escalations;
import org.lantern.panel.data.MeetingEntity;
import org.lantern.panel.data.MeetingRecords;
import org.lantern.panel.data.PanelEntity;
import org.lantern.panel.data.PanelRecords;
import org.lantern.panel.data.PanelReferralEntity;
import org.lantern.panel.data.PanelReferrals;
import org.lantern.people.ChildSummary;
import org.lantern.people.Children;
import org.lantern.people.CrossBorder;
import org.lantern.people.PlacementType;
import org.lantern.platform.RecordNotFoundException;
import org.lantern.risk.RiskLevel;
import org.lantern.risk.RiskLevels;
import org.lantern.risk.Tracker;
import org.lantern.risk.TrackerSort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A panel's meetings and their agendas. The coordinator plans a meeting, builds its agenda from the
 * tracker and the panel's own history (see {@link #build}), adds or removes children with a reason,
 * and agrees the agenda, which publishes the panel pack.
 */
@Service
public class Meetings {

  private final PanelRecords panels;
  private final MeetingRecords meetings;
  private final AgendaItems agenda;
  private final PanelReferrals referrals;
  private final Escalations escalations;
  private final PanelHistory history;
  private final Tracker tracker;
  private final RiskLevels levels;
  private final Children children;
  private final Directory directory;
  private final List<AgendaCandidateSource> sources;
  private final PanelAccess access;
  private final AccessPolicy policy;
  private final AuditLog audit;
  private final Clock clock;

  private final List<InviteeSource> inviteeSources;

  Meetings(
      PanelRecords panels,
      MeetingRecords meetings,
      AgendaItems agenda,
      PanelReferrals referrals,
      Escalations escalations,
      PanelHistory history,
      Tracker tracker,
      RiskLevels levels,
      Children children,
      Directory directory,
      List<AgendaCandidateSource> sources,
      List<InviteeSource> inviteeSources,
      PanelAccess access,
      AccessPolicy policy,
      AuditLog audit,
      Clock clock) {
    this.inviteeSources = inviteeSources;
    this.policy = policy;
    this.audit = audit;
    this.panels = panels;
    this.meetings = meetings;
    this.agenda = agenda;
    this.referrals = referrals;
    this.escalations = escalations;
    this.history = history;
    this.tracker = tracker;
    this.levels = levels;
    this.children = children;
    this.directory = directory;
    this.sources = sources;
    this.access = access;
    this.clock = clock;
  }

  /** Plans a meeting of the district's panel on {@code on} (the panel's next date when null). */
  @Transactional
  public UUID plan(CurrentUser user, UUID districtId, @Nullable LocalDate on) {
    policy.requireRole(user, Permission.RUN_PANEL);
    PanelEntity panel =
        panels
            .findByDistrictId(districtId)
            .filter(p -> p.partnershipId().equals(user.partnershipId()))
            .orElseThrow(() -> new PanelRuleException("meetingOn", "panel.error.notConfigured"));
    audit.record(
        user,
        AuditAction.RUN_PANEL,
        null,
        RecordRef.of("PANEL", panel.id()),
        null,
        "plan a meeting");
    LocalDate date = on != null ? on : panel.nextMeetingOn();
    if (date == null) {
      throw new PanelRuleException("meetingOn", "panel.error.meetingDate");
    }
    if (meetings.findByPanelIdOrderByMeetingOnAsc(panel.id()).stream()
        .anyMatch(m -> m.meetingOn().equals(date))) {
      throw new PanelRuleException("meetingOn", "panel.error.meetingExists");
    }
    panel.planned(
        date,
        LocalDate.now(clock.withZone(org.lantern.platform.LanternTime.ZONE)),
        clock.instant());
    return meetings.save(new MeetingEntity(panel, date, clock.instant())).id();
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
    return summaries(user, List.of(meeting(user, meetingId, Permission.VIEW_PANEL_PACK)))
        .getFirst();
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
                    (int)
                        agenda.findByMeetingIdOrderByAddedAtAscIdAsc(m.id()).stream()
                            .filter(i -> !i.removed())
                            .count(),
                    m.version()))
        .toList();
  }

  /**
   * Builds the agenda: adds each child not already on it (nor taken off it by the coordinator), for
   * the first of these reasons that holds:
   *
   * <ol>
   *   <li>escalated to the county manager since the panel last met ({@code ESCALATION});
   *   <li>still open at this panel: last presented with a decision to continue or escalate ({@code
   *       DUE_BACK});
   *   <li>referred straight to the panel by a partner through the coordinator ({@code
   *       PARTNER_REFERRAL});
   *   <li>medium or high on the tracker, in the district, screened since the panel last met (or
   *       ever, before its first meeting), and not open at the panel ({@code NEW_MEDIUM_HIGH});
   *   <li>proposed by another module through {@link AgendaCandidateSource} ({@code LIST_MATCH}).
   * </ol>
   *
   * Returns how many children it added.
   */
  @Transactional
  public int build(CurrentUser user, UUID meetingId) {
    MeetingEntity meeting = meeting(user, meetingId, Permission.RUN_PANEL);
    audit.record(
        user, AuditAction.RUN_PANEL, null, PanelAccess.meetingRef(meetingId), null, "build agenda");
    requireAgendaOpen(meeting);
    @Nullable LocalDate since = previousMeetingDate(meeting);
    Map<UUID, AgendaCandidate> found = new LinkedHashMap<>();
    for (EscalationEntity e :
        escalations.findByDistrictIdOrderByOpenedAtAsc(meeting.districtId())) {
      LocalDate opened = LocalDate.ofInstant(e.openedAt(), org.lantern.platform.LanternTime.ZONE);
      LocalDate decided =
          e.decidedAt() == null
              ? null
              : LocalDate.ofInstant(e.decidedAt(), org.lantern.platform.LanternTime.ZONE);
      boolean recent =
          since == null || opened.isAfter(since) || (decided != null && decided.isAfter(since));
      if (recent && !opened.isAfter(meeting.meetingOn())) {
        found.putIfAbsent(
            e.childId(), new AgendaCandidate(e.childId(), AgendaReason.ESCALATION, e.decision()));
      }
    }
    List<UUID> open = openAt(meeting);
    for (UUID child : open) {
      found.putIfAbsent(child, new AgendaCandidate(child, AgendaReason.DUE_BACK, null));
    }
    List<PanelReferralEntity> waiting =
        referrals.findByDistrictIdAndMeetingIdIsNullOrderByRecordedAtAsc(meeting.districtId());
    for (PanelReferralEntity r : waiting) {
      found.putIfAbsent(
          r.childId(), new AgendaCandidate(r.childId(), AgendaReason.PARTNER_REFERRAL, r.reason()));
    }
    Tracker.Filter filter =
        new Tracker.Filter(
            meeting.districtId(), null, null, null, null, null, false, TrackerSort.NAME, false);
    for (Tracker.Row row : tracker.rows(user, filter)) {
      boolean newSince = since == null || row.screenedOn().isAfter(since);
      if (row.level().serious()
          && newSince
          && !row.screenedOn().isAfter(meeting.meetingOn())
          && !open.contains(row.child().id())) {
        found.putIfAbsent(
            row.child().id(),
            new AgendaCandidate(row.child().id(), AgendaReason.NEW_MEDIUM_HIGH, null));
      }
    }
    for (AgendaCandidateSource source : sources) {
      for (AgendaCandidate c :
          source.candidatesFor(meeting.districtId(), meeting.meetingOn(), user)) {
        found.putIfAbsent(c.childId(), c);
      }
    }
    Map<UUID, ChildSummary> kids = children.summaries(found.keySet());
    int added = 0;
    for (AgendaCandidate c : found.values()) {
      ChildSummary child = kids.get(c.childId());
      if (child == null
          || !child.partnershipId().equals(user.partnershipId())
          || !meeting.districtId().equals(child.districtId())
          || agenda.findByMeetingIdAndChildId(meetingId, c.childId()).isPresent()) {
        continue;
      }
      agenda.save(
          new AgendaItemEntity(
              meetingId, c.childId(), c.reason(), c.detail(), user.id(), clock.instant()));
      added++;
    }
    for (PanelReferralEntity r : waiting) {
      if (agenda.findByMeetingIdAndChildId(meetingId, r.childId()).isPresent()) {
        r.placeOn(meetingId);
      }
    }
    meeting.touch(clock.instant());
    return added;
  }

  /** Puts a child on the agenda by hand, with the coordinator's reason. */
  @Transactional
  public void add(CurrentUser user, UUID meetingId, UUID childId, String reason) {
    MeetingEntity meeting = meeting(user, meetingId, Permission.RUN_PANEL);
    requireAgendaOpen(meeting);
    if (reason.isBlank()) {
      throw new PanelRuleException("reason", "panel.error.addReason");
    }
    access.requireChild(
        user,
        Permission.RUN_PANEL,
        childId,
        RecordRef.of("PANEL_MEETING", meetingId),
        "add to panel agenda");
    ChildSummary child = children.summary(childId);
    if (!meeting.districtId().equals(child.districtId())) {
      throw new PanelRuleException("childId", "panel.error.otherDistrict");
    }
    Optional<AgendaItemEntity> existing = agenda.findByMeetingIdAndChildId(meetingId, childId);
    if (existing.isPresent()) {
      if (!existing.get().removed()) {
        throw new PanelRuleException("childId", "panel.error.alreadyOnAgenda");
      }
      existing
          .get()
          .restore(AgendaReason.ADDED_BY_COORDINATOR, reason.strip(), user.id(), clock.instant());
    } else {
      agenda.save(
          new AgendaItemEntity(
              meetingId,
              childId,
              AgendaReason.ADDED_BY_COORDINATOR,
              reason.strip(),
              user.id(),
              clock.instant()));
    }
    meeting.touch(clock.instant());
  }

  /** Takes a child off the agenda; the entry is kept with who took it off and why. */
  @Transactional
  public void remove(CurrentUser user, UUID meetingId, UUID childId, String reason) {
    MeetingEntity meeting = meeting(user, meetingId, Permission.RUN_PANEL);
    requireAgendaOpen(meeting);
    if (reason.isBlank()) {
      throw new PanelRuleException("reason", "panel.error.removeReason");
    }
    access.requireChild(
        user,
        Permission.RUN_PANEL,
        childId,
        RecordRef.of("PANEL_MEETING", meetingId),
        "remove from panel agenda");
    AgendaItemEntity item =
        agenda
            .findByMeetingIdAndChildId(meetingId, childId)
            .filter(i -> !i.removed())
            .orElseThrow(() -> new RecordNotFoundException("agenda item", childId));
    item.remove(user.id(), reason.strip(), clock.instant());
    meeting.touch(clock.instant());
  }

  /** The coordinator agrees the agenda: the panel pack goes out to members. */
  @Transactional
  public void agree(CurrentUser user, UUID meetingId, long version) {
    MeetingEntity meeting = meeting(user, meetingId, Permission.RUN_PANEL);
    audit.record(
        user, AuditAction.RUN_PANEL, null, PanelAccess.meetingRef(meetingId), null, "agree agenda");
    if (meeting.version() != version) {
      throw new org.springframework.orm.ObjectOptimisticLockingFailureException(
          MeetingEntity.class, meetingId);
    }
    meeting.agreeAgenda(clock.instant());
  }

  /** Tracker children of the meeting's district not on its agenda, for adding one by hand. */
  @Transactional
  public List<Tracker.Row> addable(CurrentUser user, UUID meetingId) {
    MeetingEntity meeting = meeting(user, meetingId, Permission.RUN_PANEL);
    java.util.Set<UUID> on =
        agenda.findByMeetingIdOrderByAddedAtAscIdAsc(meetingId).stream()
            .filter(i -> !i.removed())
            .map(AgendaItemEntity::childId)
            .collect(java.util.stream.Collectors.toSet());
    return tracker
        .rows(
            user,
            new Tracker.Filter(
                meeting.districtId(), null, null, null, null, null, false, TrackerSort.NAME, false))
        .stream()
        .filter(r -> !on.contains(r.child().id()))
        .toList();
  }

  /** The agenda as the coordinator sees it; each child shown is audited. */
  @Transactional
  public AgendaView agenda(CurrentUser user, UUID meetingId) {
    MeetingEntity meeting = meeting(user, meetingId, Permission.RUN_PANEL);
    List<AgendaItemEntity> items = agenda.findByMeetingIdOrderByAddedAtAscIdAsc(meetingId);
    for (AgendaItemEntity i : items) {
      access.requireChild(
          user,
          Permission.RUN_PANEL,
          i.childId(),
          RecordRef.of("PANEL_MEETING", meetingId),
          "panel agenda");
    }
    List<AgendaEntry> entries = entries(items, meeting.meetingOn());
    return new AgendaView(
        summaries(user, List.of(meeting)).getFirst(),
        entries.stream().filter(e -> !e.removed()).toList(),
        entries.stream().filter(AgendaEntry::removed).toList(),
        invitees(items.stream().filter(i -> !i.removed()).map(AgendaItemEntity::childId).toList()));
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

  /** Children still open at this meeting's panel: last presented to continue or escalate. */
  private List<UUID> openAt(MeetingEntity meeting) {
    List<MeetingEntity> earlier =
        meetings
            .findByPanelIdAndStatusOrderByMeetingOnAsc(
                meeting.panelId(), MeetingStatus.MINUTES_APPROVED)
            .stream()
            .filter(m -> m.meetingOn().isBefore(meeting.meetingOn()))
            .toList();
    Map<UUID, PanelDecision> last = new LinkedHashMap<>();
    for (MeetingEntity m : earlier) {
      for (var p : history.presentationsAt(m.id())) {
        last.put(p.childId(), p.decision());
      }
    }
    return last.entrySet().stream()
        .filter(
            e -> e.getValue() == PanelDecision.CONTINUE || e.getValue() == PanelDecision.ESCALATE)
        .map(Map.Entry::getKey)
        .toList();
  }

  private @Nullable LocalDate previousMeetingDate(MeetingEntity meeting) {
    return meetings.findByPanelIdOrderByMeetingOnAsc(meeting.panelId()).stream()
        .filter(m -> m.meetingOn().isBefore(meeting.meetingOn()))
        .filter(
            m -> m.status() == MeetingStatus.HELD || m.status() == MeetingStatus.MINUTES_APPROVED)
        .map(MeetingEntity::meetingOn)
        .reduce((a, b) -> b)
        .orElse(null);
  }

  private static void requireAgendaOpen(MeetingEntity meeting) {
    if (!meeting.status().agendaOpen()) {
      throw new PanelRuleException("meeting", "panel.error.agendaClosed");
    }
  }

  List<MeetingEntity> meetingsOf(UUID panelId) {
    return meetings.findByPanelIdOrderByMeetingOnAsc(panelId);
  }

  /**
   * The meeting, if the person's role allows {@code as} and it is of their partnership (refused,
   * audited, otherwise; another partnership's as not found).
   */
  MeetingEntity meeting(CurrentUser user, UUID meetingId, Permission as) {
    MeetingEntity meeting =
        meetings
            .findById(meetingId)
            .orElseThrow(() -> new RecordNotFoundException("panel meeting", meetingId));
    access.requireMeeting(user, as, meeting);
    return meeting;
  }
}
