package org.lantern.panel;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccessPolicy;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditLog;
import org.lantern.access.CurrentUser;
import org.lantern.access.Permission;
import org.lantern.access.RecordRef;
import org.lantern.panel.data.AgendaItemEntity;
import org.lantern.panel.data.AgendaItems;
import org.lantern.panel.data.MeetingEntity;
import org.lantern.panel.data.MeetingRecords;
import org.lantern.panel.data.PanelEntity;
import org.lantern.panel.data.PanelRecords;
import org.lantern.panel.data.PanelReferralEntity;
import org.lantern.people.ChildSummary;
import org.lantern.people.Children;
import org.lantern.platform.LanternTime;
import org.lantern.platform.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changing a panel's meetings and their agendas. The coordinator plans a meeting, builds its agenda
 * from the tracker and the panel's own history (see {@link AgendaCandidates}), adds or removes
 * children with a reason, and agrees the agenda, which publishes the panel pack. What the pages
 * show is {@link MeetingViews}'.
 */
@Service
public class Meetings {

  private final PanelRecords panels;
  private final MeetingRecords meetings;
  private final AgendaItems agenda;
  private final AgendaCandidates candidates;
  private final Children children;
  private final PanelAccess access;
  private final AccessPolicy policy;
  private final AuditLog audit;
  private final Clock clock;

  Meetings(
      PanelRecords panels,
      MeetingRecords meetings,
      AgendaItems agenda,
      AgendaCandidates candidates,
      Children children,
      PanelAccess access,
      AccessPolicy policy,
      AuditLog audit,
      Clock clock) {
    this.panels = panels;
    this.meetings = meetings;
    this.agenda = agenda;
    this.candidates = candidates;
    this.children = children;
    this.access = access;
    this.policy = policy;
    this.audit = audit;
    this.clock = clock;
  }

  /** Plans a meeting of the panel on {@code on} (the panel's next date when null). */
  @Transactional
  public UUID plan(CurrentUser user, UUID panelId, @Nullable LocalDate on) {
    policy.requireRole(user, Permission.RUN_PANEL);
    PanelEntity panel =
        panels
            .findById(panelId)
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
    panel.planned(date, LocalDate.now(clock.withZone(LanternTime.ZONE)), clock.instant());
    return meetings.save(new MeetingEntity(panel, date, clock.instant())).id();
  }

  /**
   * Builds the agenda: adds each child {@link AgendaCandidates} finds that is not already on it
   * (nor taken off it by the coordinator). Returns how many children it added.
   */
  @Transactional
  public int build(CurrentUser user, UUID meetingId) {
    MeetingEntity meeting = access.meeting(user, meetingId, Permission.RUN_PANEL);
    audit.record(
        user, AuditAction.RUN_PANEL, null, PanelAccess.meetingRef(meetingId), null, "build agenda");
    meeting.requireAgendaOpen();
    Map<UUID, AgendaCandidate> found = candidates.of(user, meeting);
    List<PanelReferralEntity> waiting = candidates.waitingReferrals(meeting);
    Map<UUID, ChildSummary> kids = children.summaries(found.keySet());
    PanelEntity panel = access.panel(meeting);
    int added = 0;
    for (AgendaCandidate c : found.values()) {
      ChildSummary child = kids.get(c.childId());
      if (child == null
          || !child.partnershipId().equals(user.partnershipId())
          || !panel.covers(child.districtId())
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
    MeetingEntity meeting = access.meeting(user, meetingId, Permission.RUN_PANEL);
    meeting.requireAgendaOpen();
    if (reason.isBlank()) {
      throw new PanelRuleException("reason", "panel.error.addReason");
    }
    access.requireChild(
        user,
        Permission.RUN_PANEL,
        childId,
        PanelAccess.meetingRef(meetingId),
        "add to panel agenda");
    ChildSummary child = children.summary(childId);
    if (!access.panel(meeting).covers(child.districtId())) {
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
    MeetingEntity meeting = access.meeting(user, meetingId, Permission.RUN_PANEL);
    meeting.requireAgendaOpen();
    if (reason.isBlank()) {
      throw new PanelRuleException("reason", "panel.error.removeReason");
    }
    access.requireChild(
        user,
        Permission.RUN_PANEL,
        childId,
        PanelAccess.meetingRef(meetingId),
        "remove from panel agenda");
    AgendaItemEntity item =
        agenda
            .findByMeetingIdAndChildId(meetingId, childId)
            .filter(i -> !i.removed())
            .orElseThrow(() -> new RecordNotFoundException("agenda item", childId));
    item.remove(user.id(), reason.strip(), clock.instant());
    meeting.touch(clock.instant());
  }

  /**
   * Puts a child on the agenda for noting (listed in the pack with their figures, not discussed;
   * the minutes record them as noted) or, with {@code noting} false, back for discussion.
   */
  @Transactional
  public void forNoting(CurrentUser user, UUID meetingId, UUID childId, boolean noting) {
    MeetingEntity meeting = access.meeting(user, meetingId, Permission.RUN_PANEL);
    meeting.requireAgendaOpen();
    access.requireChild(
        user,
        Permission.RUN_PANEL,
        childId,
        PanelAccess.meetingRef(meetingId),
        noting ? "panel agenda: for noting" : "panel agenda: for discussion");
    AgendaItemEntity item =
        agenda
            .findByMeetingIdAndChildId(meetingId, childId)
            .filter(i -> !i.removed())
            .orElseThrow(() -> new RecordNotFoundException("agenda item", childId));
    item.setForNoting(noting);
    meeting.touch(clock.instant());
  }

  /** The coordinator agrees the agenda: the panel pack goes out to members. */
  @Transactional
  public void agree(CurrentUser user, UUID meetingId, long version) {
    MeetingEntity meeting = access.meeting(user, meetingId, Permission.RUN_PANEL);
    audit.record(
        user, AuditAction.RUN_PANEL, null, PanelAccess.meetingRef(meetingId), null, "agree agenda");
    meeting.requireVersion(version);
    meeting.agreeAgenda(clock.instant());
  }
}
