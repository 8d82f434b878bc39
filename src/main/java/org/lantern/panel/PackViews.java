package org.lantern.panel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The panel pack (web and PDF) for the coordinator, the panel's chair and panel members of its
 * member agencies, and the list of packs a person may read. Members see a pack only once the
 * coordinator has agreed the agenda; before then the pack says so and shows (and reads) no child.
 * Each child shown is audited once for the reader, before anything about them is read.
 */
@Service
public class PackViews {

  private final MeetingRecords meetings;
  private final PanelRecords panels;
  private final AgendaItems agenda;
  private final Actions actions;
  private final Escalations escalations;
  private final PanelHistory history;
  private final Children children;
  private final MeetingParts parts;
  private final PackSummaries summaries;
  private final PanelAccess access;
  private final AccessPolicy policy;

  PackViews(
      MeetingRecords meetings,
      PanelRecords panels,
      AgendaItems agenda,
      Actions actions,
      Escalations escalations,
      PanelHistory history,
      Children children,
      MeetingParts parts,
      PackSummaries summaries,
      PanelAccess access,
      AccessPolicy policy) {
    this.meetings = meetings;
    this.panels = panels;
    this.agenda = agenda;
    this.actions = actions;
    this.escalations = escalations;
    this.history = history;
    this.children = children;
    this.parts = parts;
    this.summaries = summaries;
    this.access = access;
    this.policy = policy;
  }

  /**
   * The meetings whose packs this person may read, latest first (a member sees a planned meeting
   * too, its pack saying the agenda is not agreed yet).
   */
  @Transactional(readOnly = true)
  public List<MeetingSummary> readable(CurrentUser user) {
    policy.requireRole(user, Permission.VIEW_PANEL_PACK);
    List<MeetingEntity> mine = new ArrayList<>();
    for (PanelEntity panel : panels.findByPartnershipId(user.partnershipId())) {
      if (access.mayReadPack(user, panel)) {
        mine.addAll(meetings.findByPanelIdOrderByMeetingOnAsc(panel.id()));
      }
    }
    mine.sort(Comparator.comparing(MeetingEntity::meetingOn).reversed());
    return parts.summaries(user, mine);
  }

  /** The panel pack, each child audited. */
  @Transactional
  public PackView pack(CurrentUser user, UUID meetingId) {
    return pack(user, meetingId, "panel pack");
  }

  /**
   * The pack, each child audited with {@code purpose} ("panel pack PDF"). Before the agenda is
   * agreed only the coordinator sees its children; anyone else gets a pack that is not agreed.
   */
  @Transactional
  public PackView pack(CurrentUser user, UUID meetingId, String purpose) {
    MeetingEntity meeting = access.meeting(user, meetingId, Permission.VIEW_PANEL_PACK);
    PanelEntity panel = access.panel(meeting);
    access.requirePackReader(user, panel, meetingId);
    MeetingSummary summary = parts.summaries(user, List.of(meeting)).getFirst();
    List<String> members =
        panel.memberAgencies().stream()
            .map(parts.agencies(user)::get)
            .filter(Objects::nonNull)
            .map(AgencyView::name)
            .sorted()
            .toList();
    boolean agreed = meeting.status() != MeetingStatus.PLANNED;
    if (!agreed && !policy.roleAllows(user, Permission.RUN_PANEL)) {
      return new PackView(summary, false, parts.chairName(panel), members, List.of(), List.of());
    }
    List<AgendaItemEntity> items = parts.onAgenda(meetingId);
    for (AgendaItemEntity i : items) {
      access.requireChild(
          user,
          Permission.VIEW_PANEL_PACK,
          i.childId(),
          PanelAccess.meetingRef(meetingId),
          purpose);
    }
    List<UUID> ids = items.stream().map(AgendaItemEntity::childId).toList();
    List<Invitee> invitees = parts.invitees(ids);
    return new PackView(
        summary,
        agreed,
        parts.chairName(panel),
        members,
        children(user, meeting, panel, items, invitees),
        invitees);
  }

  private List<PackView.Child> children(
      CurrentUser user,
      MeetingEntity meeting,
      PanelEntity panel,
      List<AgendaItemEntity> items,
      List<Invitee> invitees) {
    List<UUID> ids = items.stream().map(AgendaItemEntity::childId).toList();
    Map<UUID, PlacementType> placements = children.placements(ids);
    Map<UUID, AgencyView> agencies = parts.agencies(user);
    List<ActionEntity> open = actions.findByChildIdInAndStatus(ids, ActionStatus.OPEN);
    LocalDate panelLastMet = previousMeeting(meeting);
    List<AgendaEntry> entries = parts.entries(items, meeting.meetingOn());
    List<PackSummaries.Wanted> wanted = new ArrayList<>();
    Map<UUID, List<PanelHistory.Shown>> before = new HashMap<>();
    for (AgendaEntry entry : entries) {
      List<PanelHistory.Shown> shown =
          history.approved(entry.childId()).stream()
              .filter(s -> s.meeting().panelId().equals(panel.id()))
              .filter(s -> s.meeting().meetingOn().isBefore(meeting.meetingOn()))
              .toList();
      before.put(entry.childId(), shown);
      LocalDate since = shown.isEmpty() ? panelLastMet : shown.getLast().meeting().meetingOn();
      wanted.add(new PackSummaries.Wanted(entry.childId(), since));
    }
    Map<UUID, PackView.Summary> summaryOf = summaries.of(user, wanted, invitees);
    List<PackView.Child> shown = new ArrayList<>();
    for (AgendaEntry entry : entries) {
      UUID childId = entry.childId();
      List<PanelHistory.Shown> earlier = before.get(childId);
      var last = earlier.isEmpty() ? null : earlier.getLast();
      shown.add(
          new PackView.Child(
              entry,
              last == null ? null : last.presentation().level(),
              LevelChange.between(last == null ? null : last.presentation().level(), entry.level()),
              last == null ? null : last.meeting().meetingOn(),
              earlier.size(),
              placements.get(childId),
              escalations.findByChildIdOrderByOpenedAtAsc(childId).stream()
                  .anyMatch(e -> e.decidedAt() == null),
              parts.actionViews(
                  open.stream().filter(a -> a.childId().equals(childId)).toList(), agencies),
              summaryOf.get(childId)));
    }
    return shown;
  }

  /** The day the panel last met before this meeting (null when this is its first). */
  private @Nullable LocalDate previousMeeting(MeetingEntity meeting) {
    return meetings.findByPanelIdOrderByMeetingOnAsc(meeting.panelId()).stream()
        .map(MeetingEntity::meetingOn)
        .filter(d -> d.isBefore(meeting.meetingOn()))
        .reduce((a, b) -> b)
        .orElse(null);
  }
}
