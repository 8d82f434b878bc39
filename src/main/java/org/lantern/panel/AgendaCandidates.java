package org.lantern.panel;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.CurrentUser;
import org.lantern.panel.data.EscalationEntity;
import org.lantern.panel.data.Escalations;
import org.lantern.panel.data.MeetingEntity;
import org.lantern.panel.data.MeetingRecords;
import org.lantern.panel.data.PanelEntity;
import org.lantern.panel.data.PanelRecords;
import org.lantern.panel.data.PanelReferralEntity;
import org.lantern.panel.data.PanelReferrals;
import org.lantern.platform.LanternTime;
import org.lantern.risk.Tracker;
import org.lantern.risk.TrackerFilter;
import org.lantern.risk.TrackerSort;
import org.springframework.stereotype.Component;

/**
 * The children a meeting's agenda is built from, each for the first of these reasons that holds:
 *
 * <ol>
 *   <li>escalated to the county manager since the panel last met ({@code ESCALATION});
 *   <li>still open at this panel: last presented with a decision to continue or escalate ({@code
 *       DUE_BACK});
 *   <li>referred straight to the panel by a partner through the coordinator, who accepted it
 *       ({@code PARTNER_REFERRAL});
 *   <li>medium or high on the tracker, in one of the panel area's districts, screened since the
 *       panel last met (or ever, before its first meeting), and not open at the panel ({@code
 *       NEW_MEDIUM_HIGH});
 *   <li>proposed by another module through {@link AgendaCandidateSource} ({@code LIST_MATCH}).
 * </ol>
 */
@Component
class AgendaCandidates {

  private final PanelRecords panels;
  private final MeetingRecords meetings;
  private final PanelReferrals referrals;
  private final Escalations escalations;
  private final PanelHistory history;
  private final Tracker tracker;
  private final List<AgendaCandidateSource> sources;

  AgendaCandidates(
      PanelRecords panels,
      MeetingRecords meetings,
      PanelReferrals referrals,
      Escalations escalations,
      PanelHistory history,
      Tracker tracker,
      List<AgendaCandidateSource> sources) {
    this.panels = panels;
    this.meetings = meetings;
    this.referrals = referrals;
    this.escalations = escalations;
    this.history = history;
    this.tracker = tracker;
    this.sources = sources;
  }

  /** The districts of the meeting's panel area. */
  Set<UUID> districtsOf(MeetingEntity meeting) {
    return panels.findById(meeting.panelId()).map(PanelEntity::districtIds).orElse(Set.of());
  }

  /**
   * Partner referrals to the panel (children of its area) the coordinator accepted and not yet
   * placed on a meeting.
   */
  List<PanelReferralEntity> waitingReferrals(MeetingEntity meeting) {
    return referrals.findByDistrictIdInAndStatusAndMeetingIdIsNullOrderByRecordedAtAsc(
        districtsOf(meeting), ReferralStatus.ACCEPTED);
  }

  /** Each candidate child once, with the first reason that holds, in the order above. */
  Map<UUID, AgendaCandidate> of(CurrentUser user, MeetingEntity meeting) {
    @Nullable LocalDate since = previousMeetingDate(meeting);
    Set<UUID> districts = districtsOf(meeting);
    Map<UUID, AgendaCandidate> found = new LinkedHashMap<>();
    for (EscalationEntity e : escalations.findByDistrictIdInOrderByOpenedAtAsc(districts)) {
      LocalDate opened = LocalDate.ofInstant(e.openedAt(), LanternTime.ZONE);
      LocalDate decided =
          e.decidedAt() == null ? null : LocalDate.ofInstant(e.decidedAt(), LanternTime.ZONE);
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
    for (PanelReferralEntity r : waitingReferrals(meeting)) {
      found.putIfAbsent(
          r.childId(), new AgendaCandidate(r.childId(), AgendaReason.PARTNER_REFERRAL, r.reason()));
    }
    for (Tracker.Row row : areaRows(tracker, user, districts)) {
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
      for (UUID district : districts) {
        for (AgendaCandidate c : source.candidatesFor(district, meeting.meetingOn(), user)) {
          found.putIfAbsent(c.childId(), c);
        }
      }
    }
    return found;
  }

  /** The tracker's children of the panel area's districts, by name. */
  static List<Tracker.Row> areaRows(Tracker tracker, CurrentUser user, Set<UUID> districts) {
    return tracker.rows(
        user, TrackerFilter.sortedBy(TrackerSort.NAME, false).inDistricts(districts));
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
}
