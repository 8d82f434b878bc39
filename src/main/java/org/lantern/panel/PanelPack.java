package org.lantern.panel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.lantern.access.AccessPolicy;
import org.lantern.access.AgencyView;
import org.lantern.access.CurrentUser;
import org.lantern.access.Permission;
import org.lantern.panel.data.ActionEntity;
import org.lantern.panel.data.Actions;
import org.lantern.panel.data.AgendaItemEntity;
import org.lantern.panel.data.AgendaItems;
import org.lantern.panel.data.Escalations;
import org.lantern.panel.data.MeetingEntity;
import org.lantern.panel.data.MeetingRecords;
import org.lantern.panel.data.PanelEntity;
import org.lantern.panel.data.PanelRecords;
import org.lantern.people.Children;
import org.lantern.people.PlacementType;
import org.lantern.platform.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The panel pack of a meeting whose agenda is agreed, for the coordinator, the chair and panel
 * members of the panel's member agencies. Each child in it is audited for the reader.
 */
@Service
public class PanelPack {

  private final MeetingViews views;
  private final MeetingRecords meetings;
  private final PanelRecords panels;
  private final AgendaItems agenda;
  private final Actions actions;
  private final Escalations escalations;
  private final PanelHistory history;
  private final Children children;
  private final PanelAccess access;
  private final AccessPolicy policy;

  PanelPack(
      MeetingViews views,
      MeetingRecords meetings,
      PanelRecords panels,
      AgendaItems agenda,
      Actions actions,
      Escalations escalations,
      PanelHistory history,
      Children children,
      PanelAccess access,
      AccessPolicy policy) {
    this.policy = policy;
    this.views = views;
    this.meetings = meetings;
    this.panels = panels;
    this.agenda = agenda;
    this.actions = actions;
    this.escalations = escalations;
    this.history = history;
    this.children = children;
    this.access = access;
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

  /** The meetings whose packs this person may read, latest first. */
  @Transactional(readOnly = true)
  public List<MeetingSummary> readable(CurrentUser user) {
    policy.requireRole(user, Permission.VIEW_PANEL_PACK);
    List<MeetingEntity> mine = new ArrayList<>();
    for (PanelEntity panel : panels.findByPartnershipId(user.partnershipId())) {
      if (!access.mayReadPack(user, panel)) {
        continue;
      }
      mine.addAll(
          meetings.findByPanelIdOrderByMeetingOnAsc(panel.id()).stream()
              .filter(
                  m ->
                      m.status() != MeetingStatus.PLANNED
                          || policy.roleAllows(user, Permission.RUN_PANEL))
              .toList());
    }
    mine.sort(Comparator.comparing(MeetingEntity::meetingOn).reversed());
    return views.summaries(user, mine);
  }

  @Transactional
  public PackView pack(CurrentUser user, UUID meetingId) {
    return pack(user, meetingId, "panel pack");
  }

  /** The pack, each child audited with {@code purpose} ("panel pack PDF"). */
  @Transactional
  public PackView pack(CurrentUser user, UUID meetingId, String purpose) {
    MeetingEntity meeting = access.meeting(user, meetingId, Permission.VIEW_PANEL_PACK);
    PanelEntity panel = access.panel(meeting);
    access.requirePackReader(user, panel, meetingId);
    if (meeting.status() == MeetingStatus.PLANNED
        && !policy.roleAllows(user, Permission.RUN_PANEL)) {
      throw new RecordNotFoundException("panel pack", meetingId);
    }
    List<AgendaItemEntity> items =
        agenda.findByMeetingIdOrderByAddedAtAscIdAsc(meetingId).stream()
            .filter(i -> !i.removed())
            .toList();
    for (AgendaItemEntity i : items) {
      access.requireChild(
          user,
          Permission.VIEW_PANEL_PACK,
          i.childId(),
          PanelAccess.meetingRef(meetingId),
          purpose);
    }
    List<UUID> ids = items.stream().map(AgendaItemEntity::childId).toList();
    Map<UUID, PlacementType> placements = children.placements(ids);
    Map<UUID, AgencyView> agencies = views.agencies(user);
    List<ActionEntity> open = actions.findByChildIdInAndStatus(ids, ActionStatus.OPEN);
    List<PackView.Child> shown = new ArrayList<>();
    for (AgendaEntry entry : views.entries(items, meeting.meetingOn())) {
      UUID childId = entry.childId();
      var before =
          history.approved(childId).stream()
              .filter(s -> s.meeting().panelId().equals(panel.id()))
              .filter(s -> s.meeting().meetingOn().isBefore(meeting.meetingOn()))
              .toList();
      var last = before.isEmpty() ? null : before.getLast();
      shown.add(
          new PackView.Child(
              entry,
              last == null ? null : last.presentation().level(),
              LevelChange.between(last == null ? null : last.presentation().level(), entry.level()),
              last == null ? null : last.meeting().meetingOn(),
              before.size(),
              placements.get(childId),
              escalations.findByChildIdOrderByOpenedAtAsc(childId).stream()
                  .anyMatch(e -> e.decidedAt() == null),
              views.actionViews(
                  open.stream().filter(a -> a.childId().equals(childId)).toList(), agencies)));
    }
    return new PackView(
        views.summaries(user, List.of(meeting)).getFirst(),
        views.chairName(panel),
        panel.memberAgencies().stream()
            .map(agencies::get)
            .filter(Objects::nonNull)
            .map(AgencyView::name)
            .sorted()
            .toList(),
        shown,
        views.invitees(ids));
  }
}
