package org.lantern.access;

import java.time.Clock;
import java.util.Locale;
import org.lantern.access.Decision.Basis;
import org.lantern.access.data.BreakGlassGrants;
import org.lantern.access.data.ChildRelationships;
import org.lantern.platform.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The one place that decides whether a person may do something. It answers from each {@link Role}'s
 * list of permissions and, for a child's record, from the partnership, relationships and
 * break-glass grants. A module asks it in one of two ways:
 *
 * <ul>
 *   <li>{@link #require} for a child's record: allowed or refused, it is written to the audit log;
 *   <li>{@link #requireRole} for everything else (a page, a list, a panel meeting, a pair of person
 *       records): a refusal is written to the audit log; what the person then reads or changes is
 *       audited by the module as it happens (each child shown, the work list viewed, the change
 *       made), so an allowed role check adds no row of its own.
 * </ul>
 *
 * Either way a refusal is thrown as {@link AccessRefusedException} (a child's record) or {@link
 * AccessDeniedForRole}, or as {@link RecordNotFoundException} when the record must stay hidden.
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

  /** The basis of a refusal by role. */
  static final String ROLE_NOT_PERMITTED = Basis.ROLE_NOT_PERMITTED.name();

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
    if (roleAllows(user, Permission.VIEW_ANY_CHILD_RECORD)) {
      return Decision.allow(Basis.PARTNERSHIP_ROLE);
    }
    if (!roleAllows(user, Permission.VIEW_CHILD_RECORD)) {
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
   * Whether the person's role allows it (for at least some children of their partnership): for
   * choosing what a page offers and which links to show, never as a guard. Guard with {@link
   * #requireRole} or {@link #require}, which audit a refusal.
   */
  public boolean roleAllows(CurrentUser user, Permission permission) {
    return user.role().permits(permission);
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

  /**
   * The role must allow it, or the refusal is audited (the record is the page or operation asked
   * for) and {@link AccessDeniedForRole} thrown.
   */
  public void requireRole(CurrentUser user, Permission permission) {
    if (!roleAllows(user, permission)) {
      throw refused(user, permission, requested(), ROLE_NOT_PERMITTED);
    }
  }

  /** As {@link #requireRole(CurrentUser, Permission)}, about a record that is not a child's. */
  public void requireRole(CurrentUser user, Permission permission, RecordRef record) {
    if (!roleAllows(user, permission)) {
      throw refused(user, permission, record, ROLE_NOT_PERMITTED);
    }
  }

  /**
   * The role must allow it and the owning module's rule about the record must hold (chairs this
   * panel, owns this action); either refusal is audited with its reason. When the rule hides the
   * record, either refusal is thrown as {@link RecordNotFoundException}, so that nobody refused
   * learns the record exists (check the role first with {@link #requireRole(CurrentUser,
   * Permission, RecordRef)} where a role that may never do it should be told so).
   */
  public void requireRole(
      CurrentUser user, Permission permission, RecordRef record, RecordRule rule) {
    boolean roleAllows = roleAllows(user, permission);
    if (roleAllows && rule.holds()) {
      return;
    }
    AccessDeniedForRole refusal =
        refused(user, permission, record, roleAllows ? rule.basis() : ROLE_NOT_PERMITTED);
    if (rule.hidesRecord()) {
      throw new RecordNotFoundException(
          record.type().toLowerCase(Locale.ROOT).replace('_', ' '), String.valueOf(record.id()));
    }
    throw refusal;
  }

  private AccessDeniedForRole refused(
      CurrentUser user, Permission permission, RecordRef record, String basis) {
    audit.recordRefusal(user, AuditAction.of(permission), null, record, basis, null);
    return new AccessDeniedForRole(user, permission, record);
  }

  /** The page or operation of the request being served, as the record of a role refusal. */
  private static RecordRef requested() {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a) {
      return RecordRef.request(a.getRequest());
    }
    return RecordRef.NONE;
  }
}
