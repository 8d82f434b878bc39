package org.lantern.referral;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
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
import org.lantern.referral.data.ConcernEntity;
import org.lantern.referral.data.ConcernPickUpEntity;
import org.lantern.referral.data.ConcernPickUps;
import org.lantern.referral.data.Concerns;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The council's front door: the queue of new concerns, triage and the threshold decision. */
@Service
public class FrontDoor {

  private final Concerns concerns;
  private final ConcernViews views;
  private final ConcernFiles files;
  private final ConcernPickUps pickUps;
  private final AccessPolicy policy;
  private final AuditLog audit;
  private final Relationships relationships;
  private final ReferralSettings settings;
  private final Clock clock;

  FrontDoor(
      Concerns concerns,
      ConcernViews views,
      ConcernFiles files,
      ConcernPickUps pickUps,
      AccessPolicy policy,
      AuditLog audit,
      Relationships relationships,
      ReferralSettings settings,
      Clock clock) {
    this.concerns = concerns;
    this.views = views;
    this.files = files;
    this.pickUps = pickUps;
    this.policy = policy;
    this.audit = audit;
    this.relationships = relationships;
    this.settings = settings;
    this.clock = clock;
  }

  /** How much is waiting, for the navigation and the home page. */
  public record QueueCounts(long waiting, long overdue) {}

  /** How many new concerns wait, cheaply, for the navigation. */
  @Transactional(readOnly = true)
  public long waiting(CurrentUser user) {
    requireFrontDoor(user);
    return concerns.countByPartnershipIdAndStatus(user.partnershipId(), ConcernStatus.NEW);
  }

  @Transactional(readOnly = true)
  public QueueCounts counts(CurrentUser user) {
    requireFrontDoor(user);
    List<ConcernEntity> waiting =
        concerns.findByPartnershipIdAndStatus(user.partnershipId(), ConcernStatus.NEW);
    Instant now = clock.instant();
    long overdue = waiting.stream().filter(c -> FrontDoorQueue.overdue(c, now, settings)).count();
    return new QueueCounts(waiting.size(), overdue);
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
    ConcernEntity concern = files.load(concernId);
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
    pickUps.putDown(concernId);
  }

  /** The front door records that written confirmation arrived another way (secure e-mail). */
  @Transactional
  public void confirmationReceived(CurrentUser user, UUID concernId, long version, String note) {
    ConcernEntity concern = files.load(concernId);
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

  /**
   * Says the worker is looking at a waiting concern, so the others see it on the queue; taking it
   * from someone else is allowed (they may have gone home) and the audit says so. A decided concern
   * cannot be picked up.
   */
  @Transactional
  public void pickUp(CurrentUser user, UUID concernId) {
    ConcernEntity concern = files.load(concernId);
    RecordRef record = RecordRef.concern(concernId);
    policy.requireRole(user, Permission.DECIDE_CONCERN, record);
    if (concern.status() != ConcernStatus.NEW) {
      throw new ConcernChangedException(views.of(concern));
    }
    pickUps
        .findById(concernId)
        .filter(held -> !held.userId().equals(user.id()))
        .ifPresent(
            held ->
                audit.record(
                    user,
                    AuditAction.PUT_DOWN_CONCERN,
                    concern.childId(),
                    record,
                    null,
                    "taken over from " + held.userName()));
    pickUps.putDown(concernId);
    pickUps.saveAndFlush(
        new ConcernPickUpEntity(concernId, user.id(), user.displayName(), clock.instant()));
    audit.record(
        user, AuditAction.PICK_UP_CONCERN, concern.childId(), record, null, "front-door triage");
  }

  /** The worker stops looking at a concern; whether they had it. */
  @Transactional
  public boolean putDown(CurrentUser user, UUID concernId) {
    ConcernEntity concern = files.load(concernId);
    RecordRef record = RecordRef.concern(concernId);
    policy.requireRole(user, Permission.DECIDE_CONCERN, record);
    boolean had =
        pickUps.findById(concernId).filter(held -> held.userId().equals(user.id())).isPresent();
    if (had) {
      pickUps.putDown(concernId);
      audit.record(
          user, AuditAction.PUT_DOWN_CONCERN, concern.childId(), record, null, "front-door triage");
    }
    return had;
  }

  /** Who is looking at a concern, if anyone. */
  @Transactional(readOnly = true)
  public Optional<FrontDoorQueue.PickedUp> pickedUp(UUID concernId) {
    return pickUps
        .findById(concernId)
        .map(p -> new FrontDoorQueue.PickedUp(p.userId(), p.userName(), p.pickedUpAt()));
  }

  private void requireFrontDoor(CurrentUser user) {
    policy.requireRole(user, Permission.DECIDE_CONCERN);
  }
}
