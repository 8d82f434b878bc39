package org.lantern.panel;

import java.util.UUID;
import org.lantern.access.AccessPolicy;
import org.lantern.access.CurrentUser;
import org.lantern.access.Permission;
import org.lantern.access.RecordRef;
import org.lantern.access.RecordRule;
import org.lantern.panel.data.CountyManagerRows;
import org.lantern.panel.data.MeetingEntity;
import org.lantern.panel.data.MeetingRecords;
import org.lantern.panel.data.PanelEntity;
import org.lantern.panel.data.PanelRecords;
import org.lantern.people.Children;
import org.lantern.platform.RecordNotFoundException;
import org.springframework.stereotype.Component;

/**
 * What only the panel module knows about access: who chairs a panel, whose agency is a member of
 * it, who is a county manager, and that a meeting is of the person's partnership. Each guard here
 * is the access policy's role guard with the panel's own rule, so a refusal of either is audited by
 * the policy; a child on an agenda, known by id, goes through the policy's check of the child's
 * record.
 */
@Component
class PanelAccess {

  private final AccessPolicy policy;
  private final Children children;
  private final CountyManagerRows countyManagers;
  private final MeetingRecords meetings;
  private final PanelRecords panels;

  PanelAccess(
      AccessPolicy policy,
      Children children,
      CountyManagerRows countyManagers,
      MeetingRecords meetings,
      PanelRecords panels) {
    this.policy = policy;
    this.children = children;
    this.countyManagers = countyManagers;
    this.meetings = meetings;
    this.panels = panels;
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
    requireMeeting(user, as, meeting);
    return meeting;
  }

  /** The meeting's panel. */
  PanelEntity panel(MeetingEntity meeting) {
    return panels.findById(meeting.panelId()).orElseThrow();
  }

  static RecordRef meetingRef(UUID meetingId) {
    return RecordRef.of("PANEL_MEETING", meetingId);
  }

  /** The access policy's check of a child's record, for a child known by id (audited). */
  void requireChild(
      CurrentUser user, Permission permission, UUID childId, RecordRef record, String purpose) {
    policy.require(user, permission, children.ref(childId), record, purpose);
  }

  /**
   * As {@link #requireChild}, for only reading the child's part of a meeting under a permission to
   * change it (the minutes, under running the panel or approving minutes): audited as a read, so
   * the audit pages say "Opened panel minutes", not what the permission allows.
   */
  void readChild(
      CurrentUser user, Permission permission, UUID childId, RecordRef record, String purpose) {
    policy.requireToRead(user, permission, children.ref(childId), record, purpose);
  }

  /**
   * The role allows {@code permission}, and the meeting is of the person's partnership (another's
   * does not exist for them: refused as not found). Either refusal is audited.
   */
  void requireMeeting(CurrentUser user, Permission permission, MeetingEntity meeting) {
    policy.requireRole(user, permission, meetingRef(meeting.id()));
    policy.requireRole(
        user,
        permission,
        meetingRef(meeting.id()),
        RecordRule.hidden(
            meeting.partnershipId().equals(user.partnershipId()), "OTHER_PARTNERSHIP"));
  }

  static boolean chairs(CurrentUser user, PanelEntity panel) {
    return user.id().equals(panel.chairUserId());
  }

  /**
   * May read this panel's pack (for showing links): the coordinator, the chair, or someone who
   * reads the packs of their agency's panels (a panel member) whose agency is a member of it.
   */
  boolean mayReadPack(CurrentUser user, PanelEntity panel) {
    if (!policy.roleAllows(user, Permission.VIEW_PANEL_PACK)
        || !panel.partnershipId().equals(user.partnershipId())) {
      return false;
    }
    return policy.roleAllows(user, Permission.RUN_PANEL)
        || chairs(user, panel)
        || (policy.roleAllows(user, Permission.VIEW_MEMBER_AGENCY_PACKS)
            && panel.memberAgencies().contains(user.agencyId()));
  }

  /** Refused, audited, unless the person may read this panel's pack. */
  void requirePackReader(CurrentUser user, PanelEntity panel, UUID meetingId) {
    policy.requireRole(
        user,
        Permission.VIEW_PANEL_PACK,
        meetingRef(meetingId),
        RecordRule.of(mayReadPack(user, panel), "NOT_CHAIR_OR_MEMBER_AGENCY"));
  }

  /** The permission someone opens minutes under: the coordinator's, or else a chair's. */
  Permission minutesRole(CurrentUser user) {
    return policy.roleAllows(user, Permission.RUN_PANEL)
        ? Permission.RUN_PANEL
        : Permission.APPROVE_PANEL_MINUTES;
  }

  /**
   * The coordinator writes minutes; the panel's chair reads, approves and amends them. Anyone else
   * is refused, audited.
   */
  Permission minutesWriter(CurrentUser user, PanelEntity panel, UUID meetingId) {
    if (policy.roleAllows(user, Permission.RUN_PANEL)) {
      return Permission.RUN_PANEL;
    }
    requireChair(user, panel, meetingId);
    return Permission.APPROVE_PANEL_MINUTES;
  }

  /** Refused, audited, unless the person approves minutes and chairs this panel. */
  void requireChair(CurrentUser user, PanelEntity panel, UUID meetingId) {
    policy.requireRole(
        user,
        Permission.APPROVE_PANEL_MINUTES,
        meetingRef(meetingId),
        RecordRule.of(chairs(user, panel), "NOT_CHAIR"));
  }

  boolean isCountyManager(CurrentUser user) {
    return policy.roleAllows(user, Permission.REVIEW_ESCALATION)
        && countyManagers.is(user.partnershipId(), user.id());
  }

  /** Refused, audited, unless the person is one of the partnership's county managers. */
  void requireCountyManager(CurrentUser user, RecordRef record) {
    policy.requireRole(
        user,
        Permission.REVIEW_ESCALATION,
        record,
        RecordRule.of(countyManagers.is(user.partnershipId(), user.id()), "NOT_COUNTY_MANAGER"));
  }

  /**
   * The permission someone reads escalations under: a county manager's, or the coordinator's.
   * Anyone else is refused, audited.
   */
  Permission escalationReader(CurrentUser user, RecordRef record) {
    if (isCountyManager(user)) {
      return Permission.REVIEW_ESCALATION;
    }
    if (policy.roleAllows(user, Permission.RUN_PANEL)) {
      return Permission.RUN_PANEL;
    }
    requireCountyManager(user, record);
    return Permission.REVIEW_ESCALATION;
  }
}
