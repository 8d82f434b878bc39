package org.lantern.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.lantern.access.Decision.Basis;
import org.lantern.access.data.BreakGlassGrants;
import org.lantern.access.data.ChildRelationshipEntity;
import org.lantern.access.data.ChildRelationships;
import org.lantern.platform.RecordNotFoundException;
import org.springframework.beans.factory.ObjectProvider;
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
 *   <li>Other people who work with children see a child's record when they referred the child,
 *       recorded something about them, or are linked to them (directly or through their team) — but
 *       only the sections, and the records in them, that the {@link ScopeTable} gives that
 *       relationship ({@link #scope}); for more they may use break-glass access, which asks for a
 *       reason and is reviewed. A referrer's relationship lasts {@code
 *       lantern.access.referrer-days} from the referral.
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
  private final AccessSettings settings;
  private final ObjectProvider<RecorderSource> recorders;
  private final ObjectProvider<AttendeeSource> attendees;
  private final Clock clock;

  AccessPolicy(
      ChildRelationships relationships,
      BreakGlassGrants grants,
      AuditLog audit,
      AccessSettings settings,
      ObjectProvider<RecorderSource> recorders,
      ObjectProvider<AttendeeSource> attendees,
      Clock clock) {
    this.attendees = attendees;
    this.relationships = relationships;
    this.grants = grants;
    this.audit = audit;
    this.settings = settings;
    this.recorders = recorders;
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
    Set<AccessBasis> bases = bases(user, child);
    if (bases.contains(AccessBasis.BREAK_GLASS)) {
      return Decision.allow(Basis.BREAK_GLASS);
    }
    if (!bases.isEmpty()) {
      FileScope scope = FileScope.of(user, bases);
      return new Decision(true, Basis.RELATIONSHIP, !scope.whole());
    }
    return Decision.refuse(Basis.NO_RELATIONSHIP, true);
  }

  /**
   * What this person may see of the child's file, section by section, and on what basis: nothing
   * (every section empty) when they may not open it. Records nothing: {@link #openFile} audits.
   */
  public FileScope scope(CurrentUser user, ChildRef child) {
    if (!user.partnershipId().equals(child.partnershipId())) {
      return FileScope.of(user, Set.of());
    }
    if (roleAllows(user, Permission.VIEW_ANY_CHILD_RECORD)) {
      return FileScope.of(user, EnumSet.of(AccessBasis.PARTNERSHIP_ROLE));
    }
    if (!roleAllows(user, Permission.VIEW_CHILD_RECORD)) {
      return FileScope.of(user, Set.of());
    }
    Instant now = clock.instant();
    Set<AccessBasis> held = relationshipBases(user, child.childId(), now);
    FileScope byRelationship = FileScope.of(user, held);
    if (byRelationship.whole()) {
      // The allocated worker or team sees every section whole, each allowed by that relationship
      // (the relationship bases come first in AccessBasis): being a recorder, an attendee or
      // holding break-glass cannot widen it, so those are not asked (a list of a team's children
      // works out each child's scope).
      return byRelationship;
    }
    return FileScope.of(user, widened(user, child.childId(), now, held));
  }

  /** The bases this person holds for the child now (not the partnership role). */
  private Set<AccessBasis> bases(CurrentUser user, ChildRef child) {
    Instant now = clock.instant();
    return widened(user, child.childId(), now, relationshipBases(user, child.childId(), now));
  }

  /** The relationship bases {@code held} with those of recording, attending and break-glass. */
  private Set<AccessBasis> widened(
      CurrentUser user, UUID childId, Instant now, Set<AccessBasis> held) {
    Set<AccessBasis> bases = EnumSet.noneOf(AccessBasis.class);
    bases.addAll(held);
    if (recorders.stream().anyMatch(s -> s.recorded(childId, user.id()))) {
      bases.add(AccessBasis.RECORDER);
    }
    if (attendees.stream().anyMatch(s -> s.invited(childId, user.id()))) {
      bases.add(AccessBasis.ATTENDEE);
    }
    if (grants.active(user.id(), childId, now)) {
      bases.add(AccessBasis.BREAK_GLASS);
    }
    return bases;
  }

  /** The bases this person's current relationships with the child give (a referrer's lapses). */
  private Set<AccessBasis> relationshipBases(CurrentUser user, UUID childId, Instant now) {
    Set<AccessBasis> bases = EnumSet.noneOf(AccessBasis.class);
    Duration referrerFor = Duration.ofDays(settings.referrerDays());
    for (ChildRelationshipEntity r : relationships.current(childId, user.id(), user.teamId())) {
      if (r.kind() == RelationshipKind.REFERRER && !r.createdAt().plus(referrerFor).isAfter(now)) {
        continue;
      }
      bases.add(AccessBasis.of(r.kind()));
    }
    return bases;
  }

  /**
   * Opens the child's file: {@link #require}s {@link Permission#VIEW_CHILD_RECORD} (audited either
   * way), then audits each section the person is shown with the basis that allowed it, and returns
   * what they may see of each.
   */
  public FileScope openFile(CurrentUser user, ChildRef child, RecordRef record, String purpose) {
    require(user, Permission.VIEW_CHILD_RECORD, child, record, purpose);
    FileScope scope = scope(user, child);
    for (Section section : Section.values()) {
      SectionAccess shown = scope.of(section);
      if (shown.any() && shown.basis() != null) {
        audit.record(
            user,
            AuditAction.VIEW_FILE_SECTION,
            child.childId(),
            RecordRef.section(section),
            shown.basis().name(),
            purpose + ": " + scopeText(shown));
      }
    }
    return scope;
  }

  /**
   * One record in a section of the child's file (a concern, a screening, a missing episode):
   * allowed and audited when the person's scope of the section admits it, otherwise the refusal is
   * audited and {@link AccessRefusedException} thrown (offering break-glass where the role could
   * use it).
   *
   * @param byUser who recorded (or referred) the record
   * @param byAgency the agency that recorded it
   */
  public void requireInSection(
      CurrentUser user,
      ChildRef child,
      Section section,
      @Nullable UUID byUser,
      @Nullable UUID byAgency,
      RecordRef record,
      String purpose) {
    requireShown(user, child, section, a -> a.admits(byUser, byAgency), record, purpose);
  }

  /**
   * One meeting about the child: allowed and audited when the person sees the whole meetings
   * section or was invited to this meeting ({@link Scope#ATTENDED}), otherwise the refusal is
   * audited and {@link AccessRefusedException} thrown.
   */
  public void requireMeeting(
      CurrentUser user, ChildRef child, boolean invited, RecordRef record, String purpose) {
    requireShown(user, child, Section.MEETINGS, a -> a.admitsMeeting(invited), record, purpose);
  }

  private void requireShown(
      CurrentUser user,
      ChildRef child,
      Section section,
      Predicate<SectionAccess> admits,
      RecordRef record,
      String purpose) {
    Decision decision = decide(user, Permission.VIEW_CHILD_RECORD, child);
    AuditAction action = AuditAction.VIEW_CHILD_RECORD;
    if (decision.allowed()) {
      SectionAccess access = scope(user, child).of(section);
      if (admits.test(access) && access.basis() != null) {
        audit.record(user, action, child.childId(), record, access.basis().name(), purpose);
        return;
      }
      audit.recordRefusal(user, action, child.childId(), record, OUTSIDE_SCOPE, purpose);
      throw new AccessRefusedException(child, Permission.VIEW_CHILD_RECORD, true);
    }
    audit.recordRefusal(user, action, child.childId(), record, decision.basis().name(), purpose);
    throw new AccessRefusedException(
        child, Permission.VIEW_CHILD_RECORD, decision.breakGlassAvailable());
  }

  /** The basis of a refusal of a record its relationship's scope does not cover. */
  public static final String OUTSIDE_SCOPE = "OUTSIDE_SCOPE";

  private static String scopeText(SectionAccess shown) {
    return shown.section().name()
        + " "
        + String.join("+", shown.scopes().stream().map(Scope::name).toList());
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
    require(user, permission, child, record, purpose, false);
  }

  /**
   * As {@link #require}, where the permission is one to change a record (record a return interview)
   * and the person is only opening it: the same decision, recorded as a read, so the audit pages
   * say "Opened a return interview", not "Recorded a return interview".
   */
  public void requireToRead(
      CurrentUser user, Permission permission, ChildRef child, RecordRef record, String purpose) {
    require(user, permission, child, record, purpose, true);
  }

  private void require(
      CurrentUser user,
      Permission permission,
      ChildRef child,
      RecordRef record,
      String purpose,
      boolean reading) {
    Decision decision = decide(user, permission, child);
    AuditAction action = AuditAction.of(permission);
    String basis = decision.basis().name();
    if (decision.allowed()) {
      if (reading) {
        audit.recordRead(user, action, child.childId(), record, basis, purpose);
      } else {
        audit.record(user, action, child.childId(), record, basis, purpose);
      }
      return;
    }
    if (reading) {
      audit.recordRefusedRead(user, action, child.childId(), record, basis, purpose);
    } else {
      audit.recordRefusal(user, action, child.childId(), record, basis, purpose);
    }
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
