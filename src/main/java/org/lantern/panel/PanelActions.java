package org.lantern.panel;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccessPolicy;
import org.lantern.access.AgencyView;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditLog;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.access.Permission;
import org.lantern.access.RecordRef;
import org.lantern.access.RecordRule;
import org.lantern.access.UserView;
import org.lantern.panel.data.ActionEntity;
import org.lantern.panel.data.Actions;
import org.lantern.panel.data.MeetingEntity;
import org.lantern.panel.data.PresentationEntity;
import org.lantern.panel.data.Presentations;
import org.lantern.people.ChildSummary;
import org.lantern.people.Children;
import org.lantern.platform.LanternTime;
import org.lantern.platform.RecordNotFoundException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Panel actions: added to a child's presentation in the minutes; after the meeting their owners see
 * their open and overdue ones on the home page and mark them done; the coordinator marks them done
 * or cancelled. An action's status is tracking, not minutes, so it changes without an amendment.
 */
@Service
public class PanelActions {

  private final Actions actions;
  private final Presentations presentations;
  private final MeetingParts parts;
  private final Directory directory;
  private final Children children;
  private final PanelAccess access;
  private final AccessPolicy policy;
  private final AuditLog audit;
  private final Clock clock;

  PanelActions(
      Actions actions,
      Presentations presentations,
      MeetingParts parts,
      Directory directory,
      Children children,
      PanelAccess access,
      AccessPolicy policy,
      AuditLog audit,
      Clock clock) {
    this.policy = policy;
    this.actions = actions;
    this.presentations = presentations;
    this.parts = parts;
    this.directory = directory;
    this.children = children;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Each child's open actions, and how many of them are overdue: what a caseload shows, and what
   * closing a case must say what happens to. Children with none are left out.
   */
  @Transactional(readOnly = true)
  public Map<UUID, Counts> openFor(Collection<UUID> childIds) {
    if (childIds.isEmpty()) {
      return Map.of();
    }
    LocalDate today = LocalDate.now(clock.withZone(LanternTime.ZONE));
    Map<UUID, Counts> found = new HashMap<>();
    for (var a : actions.findByChildIdInAndStatus(childIds, ActionStatus.OPEN)) {
      found.merge(
          a.childId(),
          new Counts(1, a.dueOn().isBefore(today) ? 1 : 0),
          (x, y) -> new Counts(x.open() + y.open(), x.overdue() + y.overdue()));
    }
    return found;
  }

  /** One of my actions, with the child it is for. */
  public record Mine(MinutesView.Action action, UUID childId, String childName) {}

  /** How many open actions I own, and how many of them are overdue. */
  public record Counts(long open, long overdue) {}

  @Transactional(readOnly = true)
  public Counts counts(CurrentUser user) {
    List<ActionEntity> open =
        actions.findByOwnerUserIdAndStatusOrderByDueOnAsc(user.id(), ActionStatus.OPEN);
    LocalDate today = LocalDate.now(clock.withZone(LanternTime.ZONE));
    return new Counts(open.size(), open.stream().filter(a -> a.dueOn().isBefore(today)).count());
  }

  /** My open actions, soonest due first; viewed as a work list (audited once). */
  @Transactional
  public List<Mine> mine(CurrentUser user) {
    List<ActionEntity> open =
        actions.findByOwnerUserIdAndStatusOrderByDueOnAsc(user.id(), ActionStatus.OPEN);
    audit.record(
        user,
        AuditAction.VIEW_WORKLIST,
        null,
        new RecordRef("PANEL_ACTIONS", user.id().toString()),
        null,
        "my panel actions");
    Map<UUID, ChildSummary> kids =
        children.summaries(open.stream().map(ActionEntity::childId).distinct().toList());
    return parts.actionViews(open, parts.agencies(user)).stream()
        .map(a -> new Mine(a, a.childId(), kids.get(a.childId()).name()))
        .toList();
  }

  /** The owner marks it done; the coordinator marks it done or cancelled. */
  @Transactional
  public void setStatus(CurrentUser user, UUID actionId, long version, ActionStatus status) {
    RecordRef ref = RecordRef.of("PANEL_ACTION", actionId);
    policy.requireRole(user, Permission.UPDATE_PANEL_ACTION, ref);
    ActionEntity action =
        actions
            .findById(actionId)
            .orElseThrow(() -> new RecordNotFoundException("panel action", actionId));
    boolean coordinator = policy.roleAllows(user, Permission.RUN_PANEL);
    boolean owner = user.id().equals(action.ownerUserId());
    policy.requireRole(
        user,
        Permission.UPDATE_PANEL_ACTION,
        ref,
        RecordRule.of(coordinator || (owner && status == ActionStatus.DONE), "NOT_ACTION_OWNER"));
    if (children.ref(action.childId()).partnershipId().equals(user.partnershipId())
        && action.version() != version) {
      throw new ObjectOptimisticLockingFailureException(ActionEntity.class, actionId);
    }
    if (coordinator) {
      access.requireChild(
          user,
          Permission.RUN_PANEL,
          action.childId(),
          RecordRef.of("PANEL_ACTION", actionId),
          "panel action " + status.name());
    } else {
      if (!children.ref(action.childId()).partnershipId().equals(user.partnershipId())) {
        throw new RecordNotFoundException("panel action", actionId);
      }
      audit.record(
          user,
          AuditAction.VIEW_WORKLIST,
          action.childId(),
          RecordRef.of("PANEL_ACTION", actionId),
          null,
          "owner marked panel action " + status.name());
    }
    action.setStatus(status, clock.instant());
  }

  /**
   * Adds the action to a child's presentation, unless nothing was entered: its owner an account of
   * one of the partnership's agencies (whose agency it is, unless another is named) or a name.
   */
  void add(CurrentUser user, MeetingEntity meeting, PresentationEntity p, NewAction action) {
    if (action.isBlank()) {
      return;
    }
    Map<UUID, AgencyView> partners =
        directory.agencies(user.partnershipId()).stream()
            .collect(Collectors.toMap(AgencyView::id, Function.identity()));
    UUID agency = action.agencyId();
    String ownerName = blankToNull(action.ownerName());
    if (action.ownerUserId() != null) {
      UserView owner =
          directory
              .user(action.ownerUserId())
              .filter(u -> partners.containsKey(u.agencyId()))
              .orElseThrow(() -> new PanelRuleException("actionOwner", "panel.error.actionOwner"));
      agency = agency == null ? owner.agencyId() : agency;
      ownerName = null;
    }
    if (agency != null && !partners.containsKey(agency)) {
      throw new PanelRuleException("actionAgency", "panel.error.agency");
    }
    presentations.flush();
    actions.save(
        new ActionEntity(
            p.id(),
            meeting.id(),
            p.childId(),
            Objects.requireNonNull(action.description()).strip(),
            action.ownerUserId(),
            ownerName,
            agency,
            Objects.requireNonNull(action.dueOn()),
            clock.instant()));
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
