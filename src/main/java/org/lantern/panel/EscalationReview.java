package org.lantern.panel;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccessPolicy;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.access.DistrictView;
import org.lantern.access.Permission;
import org.lantern.access.RecordRef;
import org.lantern.access.RecordRule;
import org.lantern.access.UserView;
import org.lantern.panel.data.EscalationEntity;
import org.lantern.panel.data.Escalations;
import org.lantern.panel.data.MeetingEntity;
import org.lantern.panel.data.MeetingRecords;
import org.lantern.panel.data.PanelEntity;
import org.lantern.panel.data.PresentationEntity;
import org.lantern.panel.data.Presentations;
import org.lantern.people.ChildSummary;
import org.lantern.people.Children;
import org.lantern.platform.RecordNotFoundException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The county manager's review list: children the {@link EscalationRule} escalated when a panel's
 * minutes were approved, each with the manager's recorded decision. County managers are team
 * managers the partnership names (see {@link Panels#setCountyManagers}); the coordinator sees the
 * list too.
 */
@Service
public class EscalationReview {

  private final Escalations escalations;
  private final MeetingRecords meetings;
  private final Presentations presentations;
  private final Children children;
  private final Directory directory;
  private final PanelAccess access;
  private final AccessPolicy policy;
  private final Clock clock;

  EscalationReview(
      Escalations escalations,
      MeetingRecords meetings,
      Presentations presentations,
      Children children,
      Directory directory,
      PanelAccess access,
      AccessPolicy policy,
      Clock clock) {
    this.policy = policy;
    this.escalations = escalations;
    this.meetings = meetings;
    this.presentations = presentations;
    this.children = children;
    this.directory = directory;
    this.access = access;
    this.clock = clock;
  }

  /**
   * Opens an escalation for each run of three the rule finds in the child's presentations at this
   * panel's approved meetings that has none yet. Returns how many it opened.
   */
  @Transactional
  int evaluate(PanelEntity panel, UUID childId) {
    return evaluate(panel, childId, clock.instant());
  }

  int evaluate(PanelEntity panel, UUID childId, Instant at) {
    List<MeetingEntity> approved =
        meetings.findByPanelIdAndStatusOrderByMeetingOnAsc(
            panel.id(), MeetingStatus.MINUTES_APPROVED);
    Map<UUID, Integer> index = new HashMap<>();
    for (int i = 0; i < approved.size(); i++) {
      index.put(approved.get(i).id(), i);
    }
    List<EscalationRule.Seen> seen =
        presentations.findByChildId(childId).stream()
            .filter(p -> index.containsKey(p.meetingId()))
            .map(
                p ->
                    new EscalationRule.Seen(
                        p.id(), index.get(p.meetingId()), p.level(), p.decision()))
            .toList();
    Set<UUID> already =
        escalations.findByChildIdOrderByOpenedAtAsc(childId).stream()
            .map(EscalationEntity::thirdPresentationId)
            .collect(Collectors.toSet());
    int opened = 0;
    for (List<EscalationRule.Seen> run : EscalationRule.escalations(seen)) {
      if (already.contains(run.get(2).presentationId())) {
        continue;
      }
      // counted in the district the child lived in at the third presentation
      UUID district =
          presentations
              .findById(run.get(2).presentationId())
              .map(PresentationEntity::districtId)
              .orElse(null);
      escalations.save(
          new EscalationEntity(
              panel.partnershipId(),
              district != null ? district : panel.districtIds().iterator().next(),
              childId,
              run.get(0).presentationId(),
              run.get(1).presentationId(),
              run.get(2).presentationId(),
              at));
      opened++;
    }
    return opened;
  }

  /** Whether this person is one of the partnership's county managers. */
  public boolean mayDecide(CurrentUser user) {
    return access.isCountyManager(user);
  }

  public boolean maySee(CurrentUser user) {
    return access.isCountyManager(user) || policy.roleAllows(user, Permission.RUN_PANEL);
  }

  /** The review list, undecided first; each child shown is audited. */
  @Transactional
  public List<EscalationView> list(CurrentUser user) {
    Permission as =
        access.escalationReader(
            user, new RecordRef("PANEL_ESCALATIONS", user.partnershipId().toString()));
    List<EscalationEntity> all =
        escalations.findByPartnershipIdOrderByOpenedAtAsc(user.partnershipId());
    for (EscalationEntity e : all) {
      access.requireChild(
          user,
          as,
          e.childId(),
          RecordRef.of("PANEL_ESCALATION", e.id()),
          "escalation review list");
    }
    return views(user, all).stream()
        .sorted(
            Comparator.comparing(EscalationView::decided).thenComparing(EscalationView::openedAt))
        .toList();
  }

  @Transactional
  public EscalationView one(CurrentUser user, UUID escalationId) {
    Permission as = access.escalationReader(user, ref(escalationId));
    EscalationEntity e = entity(user, escalationId, as);
    access.requireChild(
        user, as, e.childId(), RecordRef.of("PANEL_ESCALATION", e.id()), "escalation");
    return views(user, List.of(e)).getFirst();
  }

  /** A county manager records their decision (once). */
  @Transactional
  public void decide(CurrentUser user, UUID escalationId, long version, @Nullable String decision) {
    access.requireCountyManager(user, ref(escalationId));
    EscalationEntity e = entity(user, escalationId, Permission.REVIEW_ESCALATION);
    if (decision == null || decision.isBlank()) {
      throw new PanelRuleException("decision", "panel.error.escalationDecision");
    }
    if (decision.length() > 2000) {
      throw new PanelRuleException("decision", "panel.error.escalationDecisionLength");
    }
    if (e.version() != version) {
      throw new ObjectOptimisticLockingFailureException(EscalationEntity.class, escalationId);
    }
    access.requireChild(
        user,
        Permission.REVIEW_ESCALATION,
        e.childId(),
        RecordRef.of("PANEL_ESCALATION", e.id()),
        "county manager decision");
    e.decide(decision.strip(), user.id(), clock.instant());
  }

  /** How many escalations wait for a decision, for the navigation and home page. */
  @Transactional(readOnly = true)
  public long waiting(CurrentUser user) {
    if (!maySee(user)) {
      return 0;
    }
    return escalations.findByPartnershipIdOrderByOpenedAtAsc(user.partnershipId()).stream()
        .filter(e -> e.decidedAt() == null)
        .count();
  }

  private static RecordRef ref(UUID escalationId) {
    return RecordRef.of("PANEL_ESCALATION", escalationId);
  }

  /** The escalation, if of the person's partnership (another's is refused as not found). */
  private EscalationEntity entity(CurrentUser user, UUID id, Permission as) {
    EscalationEntity e =
        escalations.findById(id).orElseThrow(() -> new RecordNotFoundException("escalation", id));
    policy.requireRole(
        user,
        as,
        ref(id),
        RecordRule.hidden(e.partnershipId().equals(user.partnershipId()), "OTHER_PARTNERSHIP"));
    return e;
  }

  private List<EscalationView> views(CurrentUser user, List<EscalationEntity> list) {
    Map<UUID, ChildSummary> kids =
        children.summaries(list.stream().map(EscalationEntity::childId).distinct().toList());
    Map<UUID, String> districts =
        directory.districts(user.partnershipId()).stream()
            .collect(Collectors.toMap(DistrictView::id, DistrictView::name));
    Map<UUID, UserView> deciders =
        directory.users(
            list.stream()
                .map(EscalationEntity::decidedByUserId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
    List<UUID> presentationIds = new ArrayList<>();
    for (EscalationEntity e : list) {
      presentationIds.addAll(
          List.of(e.firstPresentationId(), e.secondPresentationId(), e.thirdPresentationId()));
    }
    Map<UUID, PresentationEntity> shown =
        presentations.findAllById(presentationIds).stream()
            .collect(Collectors.toMap(PresentationEntity::id, p -> p));
    Map<UUID, MeetingEntity> held =
        meetings
            .findByIdIn(
                shown.values().stream().map(PresentationEntity::meetingId).distinct().toList())
            .stream()
            .collect(Collectors.toMap(MeetingEntity::id, m -> m));
    List<EscalationView> views = new ArrayList<>();
    for (EscalationEntity e : list) {
      List<EscalationView.Step> steps = new ArrayList<>();
      for (UUID pid :
          List.of(e.firstPresentationId(), e.secondPresentationId(), e.thirdPresentationId())) {
        PresentationEntity p = shown.get(pid);
        steps.add(
            new EscalationView.Step(held.get(p.meetingId()).meetingOn(), p.level(), p.decision()));
      }
      UserView decider = e.decidedByUserId() == null ? null : deciders.get(e.decidedByUserId());
      views.add(
          new EscalationView(
              e.id(),
              e.childId(),
              kids.get(e.childId()).name(),
              districts.getOrDefault(e.districtId(), ""),
              steps,
              e.openedAt(),
              e.decision(),
              decider == null ? null : decider.displayName(),
              e.decidedAt(),
              e.version()));
    }
    return views;
  }
}
