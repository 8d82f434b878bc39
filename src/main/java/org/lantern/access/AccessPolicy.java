package org.lantern.access;

import java.time.Clock;
import org.lantern.access.Decision.Basis;
import org.lantern.access.data.BreakGlassGrants;
import org.lantern.access.data.ChildRelationships;
import org.springframework.stereotype.Service;

/**
 * The one place that decides whether a person may do something to a child's record. Every
 * controller and module API asks it; every answer, yes or no, is written to the audit log.
 *
 * <ul>
 *   <li>Nobody reaches a child of another partnership.
 *   <li>The front door and exploitation coordinators see every child of their partnership.
 *   <li>Other people who work with children see a child's record when they referred the child or
 *       are linked to them (directly or through their team); otherwise they may use break-glass
 *       access, which asks for a reason and is reviewed.
 *   <li>Strategic leads, councillors and administrators work from anonymised reports and never open
 *       a child's record. Information-governance officers see who looked at a record, not the
 *       record.
 * </ul>
 */
@Service
public class AccessPolicy {

  private final ChildRelationships relationships;
  private final BreakGlassGrants grants;
  private final AuditLog audit;
  private final Clock clock;

  AccessPolicy(
      ChildRelationships relationships, BreakGlassGrants grants, AuditLog audit, Clock clock) {
    this.relationships = relationships;
    this.grants = grants;
    this.audit = audit;
    this.clock = clock;
  }

  /** Decides without recording anything: for showing or hiding links, never for guarding data. */
  public Decision decide(CurrentUser user, Permission permission, ChildRef child) {
    if (!user.partnershipId().equals(child.partnershipId())) {
      return Decision.refuse(Basis.OTHER_PARTNERSHIP, false);
    }
    if (permission == Permission.VIEW_CHILD_RECORD) {
      return viewRecord(user, child);
    }
    if (permission.needsRecordAccess()) {
      return roleAllows(user, permission)
          ? viewRecord(user, child)
          : Decision.refuse(Basis.ROLE_NOT_PERMITTED, false);
    }
    return roleAllows(user, permission)
        ? Decision.allow(Basis.ROLE)
        : Decision.refuse(Basis.ROLE_NOT_PERMITTED, false);
  }

  private Decision viewRecord(CurrentUser user, ChildRef child) {
    Role role = user.role();
    if (role.seesWholePartnership()) {
      return Decision.allow(Basis.PARTNERSHIP_ROLE);
    }
    if (!role.worksWithChildren()) {
      return Decision.refuse(Basis.ROLE_NOT_PERMITTED, false);
    }
    if (relationships.linked(child.childId(), user.id(), user.teamId())) {
      return Decision.allow(Basis.RELATIONSHIP);
    }
    if (grants.active(user.id(), child.childId(), clock.instant())) {
      return Decision.allow(Basis.BREAK_GLASS);
    }
    return Decision.refuse(Basis.NO_RELATIONSHIP, true);
  }

  /**
   * Whether the person's role allows the action for at least some children of their partnership:
   * for showing pages and links. Decisions about one child go through {@link #require}.
   */
  public boolean roleAllows(CurrentUser user, Permission permission) {
    Role role = user.role();
    return switch (permission) {
      case FIND_CHILD -> role.worksWithChildren() || role == Role.INFORMATION_GOVERNANCE;
      case RAISE_CONCERN -> role.worksWithChildren() || role == Role.PARTNER_SYSTEM;
      case RECORD_VERBAL_REFERRAL, DECIDE_CONCERN -> role == Role.FRONT_DOOR;
      case VIEW_CHILD_AUDIT -> role == Role.INFORMATION_GOVERNANCE;
      case VIEW_CHILD_RECORD -> role.worksWithChildren();
      case VIEW_OWN_REFERRAL -> role.worksWithChildren() || role == Role.PARTNER_SYSTEM;
      case RECORD_MISSING_EPISODE ->
          role == Role.POLICE || role == Role.PRACTITIONER || role == Role.PARTNER_SYSTEM;
      case RECORD_RETURN_INTERVIEW -> role == Role.MISSING_SERVICE_WORKER;
      case VIEW_MISSING_FIGURES ->
          switch (role) {
            case MISSING_SERVICE_WORKER,
                POLICE,
                EXPLOITATION_COORDINATOR,
                TEAM_MANAGER,
                STRATEGIC_LEAD ->
                true;
            default -> false;
          };
      case SERVE_ABDUCTION_NOTICE -> role == Role.POLICE;
      case VIEW_ABDUCTION_NOTICES -> role == Role.POLICE || role == Role.EXPLOITATION_COORDINATOR;
      case RECORD_INTELLIGENCE_LINK, VIEW_INTELLIGENCE_LINKS ->
          role == Role.POLICE || role == Role.EXPLOITATION_COORDINATOR;
      case COMPLETE_SCREENING -> role.worksWithChildren();
      case SIGN_OFF_SCREENING -> role == Role.TEAM_MANAGER;
      case VIEW_TRACKER -> role.seesWholePartnership() || role == Role.TEAM_MANAGER;
      case ACCEPT_SERVICE_REFERRAL -> role == Role.MISSING_SERVICE_WORKER;
      case MANAGE_SCREENING_TOOLS -> role == Role.PARTNERSHIP_ADMIN;
      case VIEW_COMPLIANCE ->
          role.seesWholePartnership() || role == Role.TEAM_MANAGER || role == Role.STRATEGIC_LEAD;
      case RECORD_PLACEMENT ->
          role.seesWholePartnership() || role == Role.SOCIAL_WORKER || role == Role.TEAM_MANAGER;
      case IMPORT_PERSON_RECORDS -> role == Role.PARTNER_SYSTEM;
      case REVIEW_PERSON_LINKS -> role.seesWholePartnership();
      case MANAGE_PANELS -> role == Role.EXPLOITATION_COORDINATOR || role == Role.PARTNERSHIP_ADMIN;
      case RUN_PANEL -> role == Role.EXPLOITATION_COORDINATOR;
      case VIEW_PANEL_PACK ->
          role == Role.PANEL_MEMBER
              || role == Role.EXPLOITATION_COORDINATOR
              || role == Role.TEAM_MANAGER;
      case APPROVE_PANEL_MINUTES, REVIEW_ESCALATION -> role == Role.TEAM_MANAGER;
      case CROSS_REFERENCE_LISTS, WRITE_REPORT_CARD -> role == Role.EXPLOITATION_COORDINATOR;
      case VIEW_REPORT_CARD ->
          role == Role.EXPLOITATION_COORDINATOR
              || role == Role.TEAM_MANAGER
              || role == Role.PANEL_MEMBER;
      case RESOLVE_POSSIBLE_MATCH -> role.seesWholePartnership();
      case VIEW_PUBLISHED_REPORT_CARD ->
          role == Role.EXPLOITATION_COORDINATOR
              || role == Role.TEAM_MANAGER
              || role == Role.PANEL_MEMBER
              || role == Role.STRATEGIC_LEAD
              || role == Role.COUNCILLOR;
    };
  }

  /**
   * Allows and audits in the caller's transaction, or audits the refusal and throws {@link
   * AccessRefusedException}.
   */
  public void require(
      CurrentUser user, Permission permission, ChildRef child, RecordRef record, String purpose) {
    Decision decision = decide(user, permission, child);
    AuditAction action = AuditAction.of(permission);
    if (decision.allowed()) {
      audit.record(user, action, child.childId(), record, decision.basis().name(), purpose);
      return;
    }
    audit.recordRefusal(user, action, child.childId(), record, decision.basis().name(), purpose);
    throw new AccessRefusedException(child, permission, decision.breakGlassAvailable());
  }
}
