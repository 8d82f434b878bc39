package org.lantern.panel;

import java.util.UUID;
import org.lantern.access.AccessDeniedForRole;
import org.lantern.access.AccessPolicy;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditLog;
import org.lantern.access.CurrentUser;
import org.lantern.access.Permission;
import org.lantern.access.RecordRef;
import org.lantern.panel.data.CountyManagers;
import org.lantern.panel.data.MeetingEntity;
import org.lantern.panel.data.PanelEntity;
import org.lantern.people.Children;
import org.springframework.stereotype.Component;

/**
 * The panel module's questions to the access policy, and the two it answers itself: whether a
 * person chairs a panel (or is a member agency's) and whether they are a county manager.
 */
@Component
class PanelAccess {

  private final AccessPolicy policy;
  private final AuditLog audit;
  private final Children children;
  private final CountyManagers countyManagers;

  PanelAccess(
      AccessPolicy policy, AuditLog audit, Children children, CountyManagers countyManagers) {
    this.policy = policy;
    this.audit = audit;
    this.children = children;
    this.countyManagers = countyManagers;
  }

  boolean allows(CurrentUser user, Permission permission) {
    return policy.roleAllows(user, permission);
  }

  /** The role must allow it; the action (not about one child) is audited. */
  void requireRole(CurrentUser user, Permission permission, RecordRef record, String purpose) {
    if (!policy.roleAllows(user, permission)) {
      throw new AccessDeniedForRole(user.role());
    }
    audit.record(user, AuditAction.valueOf(permission.name()), null, record, null, purpose);
  }

  /** Asks the policy about one child (audited either way). */
  void requireChild(
      CurrentUser user, Permission permission, UUID childId, RecordRef record, String purpose) {
    policy.require(user, permission, children.ref(childId), record, purpose);
  }

  /** The meeting belongs to the person's partnership (else it does not exist for them). */
  static void samePartnership(CurrentUser user, MeetingEntity meeting) {
    if (!meeting.partnershipId().equals(user.partnershipId())) {
      throw new org.lantern.platform.RecordNotFoundException("panel meeting", meeting.id());
    }
  }

  static boolean chairs(CurrentUser user, PanelEntity panel) {
    return user.id().equals(panel.chairUserId());
  }

  /**
   * May read this panel's pack: the coordinator, the chair, or a panel member whose agency is one
   * of the panel's member agencies.
   */
  boolean mayReadPack(CurrentUser user, PanelEntity panel) {
    if (!policy.roleAllows(user, Permission.VIEW_PANEL_PACK)
        || !panel.partnershipId().equals(user.partnershipId())) {
      return false;
    }
    return policy.roleAllows(user, Permission.RUN_PANEL)
        || chairs(user, panel)
        || (user.role() == org.lantern.access.Role.PANEL_MEMBER
            && panel.memberAgencies().contains(user.agencyId()));
  }

  boolean isCountyManager(CurrentUser user) {
    return policy.roleAllows(user, Permission.REVIEW_ESCALATION)
        && countyManagers.is(user.partnershipId(), user.id());
  }
}
