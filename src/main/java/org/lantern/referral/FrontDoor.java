package org.lantern.referral;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccessPolicy;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditLog;
import org.lantern.access.CurrentUser;
import org.lantern.access.Permission;
import org.lantern.access.RecordRef;
import org.lantern.access.RelationshipKind;
import org.lantern.access.Relationships;
import org.lantern.people.ChildSummary;
import org.lantern.people.Children;
import org.lantern.people.PossibleMatches;
import org.lantern.referral.data.Concern;
import org.lantern.referral.data.Concerns;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The council's front door: the queue of new concerns, triage and the threshold decision. */
@Service
public class FrontDoor {

  private final Concerns concerns;
  private final ConcernViews views;
  private final ConcernFiles files;
  private final Children children;
  private final PossibleMatches possibleMatches;
  private final AccessPolicy policy;
  private final AuditLog audit;
  private final Relationships relationships;
  private final ReferralSettings settings;
  private final Clock clock;

  FrontDoor(
      Concerns concerns,
      ConcernViews views,
      ConcernFiles files,
      Children children,
      PossibleMatches possibleMatches,
      AccessPolicy policy,
      AuditLog audit,
      Relationships relationships,
      ReferralSettings settings,
      Clock clock) {
    this.concerns = concerns;
    this.views = views;
    this.files = files;
    this.children = children;
    this.possibleMatches = possibleMatches;
    this.policy = policy;
    this.audit = audit;
    this.relationships = relationships;
    this.settings = settings;
    this.clock = clock;
  }

  /** How much is waiting, for the navigation and the home page. */
  public record QueueCounts(long waiting, long overdue) {}

  /**
   * The queue as the front door sees it: the oldest waiting concerns up to the configured limit,
   * and every one said to be in immediate danger however many are older; {@code total} says how
   * many wait in all.
   */
  public record Queue(List<ConcernRow> rows, long total, Set<UUID> mayBeKnown) {

    public boolean isPartial() {
      return total > rows.size();
    }

    /** Whether the child of a row may be a child Lantern already knew (a possible match). */
    public boolean mayBeKnown(ConcernRow row) {
      return mayBeKnown.contains(row.child().id());
    }
  }

  /** New concerns, oldest first. */
  @Transactional
  public Queue queue(CurrentUser user) {
    requireFrontDoor(user);
    audit.record(
        user,
        AuditAction.VIEW_WORKLIST,
        null,
        new RecordRef("FRONT_DOOR_QUEUE", user.partnershipId().toString()),
        null,
        "front-door queue");
    Map<UUID, Concern> shown = new LinkedHashMap<>();
    concerns
        .findByPartnershipIdAndStatusOrderBySubmittedAtAscIdAsc(
            user.partnershipId(), ConcernStatus.NEW, Limit.of(settings.queueLimit()))
        .forEach(c -> shown.put(c.id(), c));
    concerns
        .findByPartnershipIdAndStatusAndImmediateDangerTrue(user.partnershipId(), ConcernStatus.NEW)
        .forEach(c -> shown.putIfAbsent(c.id(), c));
    List<ConcernView> waiting =
        views.of(
            shown.values().stream()
                .sorted(Comparator.comparing(Concern::submittedAt).thenComparing(Concern::id))
                .toList());
    Map<UUID, ChildSummary> kids =
        children.summaries(waiting.stream().map(ConcernView::childId).toList());
    return new Queue(
        waiting.stream().map(c -> new ConcernRow(c, kids.get(c.childId()))).toList(),
        concerns.countByPartnershipIdAndStatus(user.partnershipId(), ConcernStatus.NEW),
        possibleMatches.waitingAmong(user, kids.keySet()));
  }

  /** How many new concerns wait, cheaply, for the navigation. */
  @Transactional(readOnly = true)
  public long waiting(CurrentUser user) {
    requireFrontDoor(user);
    return concerns.countByPartnershipIdAndStatus(user.partnershipId(), ConcernStatus.NEW);
  }

  @Transactional(readOnly = true)
  public QueueCounts counts(CurrentUser user) {
    requireFrontDoor(user);
    List<ConcernView> waiting =
        views.of(
            concerns.findByPartnershipIdAndStatusOrderBySubmittedAtAscIdAsc(
                user.partnershipId(), ConcernStatus.NEW, Limit.of(settings.queueLimit())));
    Instant now = clock.instant();
    long overdue =
        waiting.stream().filter(c -> c.decisionOverdue(now) || c.confirmationOverdue(now)).count();
    return new QueueCounts(
        concerns.countByPartnershipIdAndStatus(user.partnershipId(), ConcernStatus.NEW), overdue);
  }

  /** A concern opened for triage, with everything known about the child. */
  @Transactional
  public ConcernFile open(CurrentUser user, UUID concernId) {
    requireFrontDoor(user);
    return files.open(user, concernId, "front-door triage");
  }

  /**
   * Records the threshold decision. Throws {@link ConcernChangedException} when the concern changed
   * since {@code version} was read (another worker decided it first, say). {@code teamId} is the
   * council team chosen to take the child; null for the default (see {@link DecisionRouting}).
   */
  @Transactional
  public void decide(
      CurrentUser user,
      UUID concernId,
      long version,
      ThresholdDecision decision,
      String reasons,
      @Nullable UUID teamId) {
    Concern concern = files.load(concernId);
    policy.require(
        user,
        Permission.DECIDE_CONCERN,
        ConcernFiles.ref(concern),
        RecordRef.concern(concernId),
        "threshold decision");
    if (concern.version() != version || concern.status() == ConcernStatus.DECIDED) {
      throw new ConcernChangedException(views.of(concern));
    }
    concern.decide(decision, reasons, user.id(), clock.instant(), teamId);
    concerns.saveAndFlush(concern);
  }

  /** The front door records that written confirmation arrived another way (secure e-mail). */
  @Transactional
  public void confirmationReceived(CurrentUser user, UUID concernId, long version, String note) {
    Concern concern = files.load(concernId);
    policy.require(
        user,
        Permission.RECORD_VERBAL_REFERRAL,
        ConcernFiles.ref(concern),
        RecordRef.concern(concernId),
        "written confirmation received");
    if (concern.version() != version || !concern.awaitingConfirmation()) {
      throw new ConcernChangedException(views.of(concern));
    }
    concern.confirmInWriting(user.id(), note, clock.instant());
    if (concern.referrerUserId() != null) {
      relationships.link(concern.childId(), concern.referrerUserId(), RelationshipKind.REFERRER);
    }
    concerns.saveAndFlush(concern);
  }

  private void requireFrontDoor(CurrentUser user) {
    policy.requireRole(user, Permission.DECIDE_CONCERN);
  }
}
