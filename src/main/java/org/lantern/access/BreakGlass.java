package org.lantern.access;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.data.BreakGlassGrantEntity;
import org.lantern.access.data.BreakGlassGrants;
import org.lantern.platform.RecordNotFoundException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Emergency access: someone without a working relationship with a child who needs the record to
 * keep a child safe gives a reason, gets time-limited access, and an information-governance officer
 * reviews it afterwards.
 */
@Service
public class BreakGlass {

  public static final String APPROPRIATE = "APPROPRIATE";
  public static final String INAPPROPRIATE = "INAPPROPRIATE";

  /** Why asking for emergency access is refused to someone who can already open the record. */
  public static final String ACCESS_ALREADY_HELD = "ACCESS_ALREADY_HELD";

  private final AccessPolicy policy;
  private final BreakGlassGrants grants;
  private final AuditLog audit;
  private final AccessSettings settings;
  private final Clock clock;

  BreakGlass(
      AccessPolicy policy,
      BreakGlassGrants grants,
      AuditLog audit,
      AccessSettings settings,
      Clock clock) {
    this.policy = policy;
    this.grants = grants;
    this.audit = audit;
    this.settings = settings;
    this.clock = clock;
  }

  /** Whether this person could use break-glass access to the child's record now. */
  public boolean available(CurrentUser user, ChildRef child) {
    return policy.decide(user, Permission.VIEW_CHILD_RECORD, child).breakGlassAvailable();
  }

  /**
   * Refuses, audited, unless this person could use break-glass access to the child's record now
   * (asking for the form counts as asking for access).
   */
  public void requireAvailable(CurrentUser user, ChildRef child, @Nullable String reason) {
    Decision decision = policy.decide(user, Permission.VIEW_CHILD_RECORD, child);
    if (decision.breakGlassAvailable()) {
      return;
    }
    audit.recordRefusal(
        user,
        AuditAction.BREAK_GLASS_GRANTED,
        child.childId(),
        RecordRef.child(child.childId()),
        decision.allowed() ? ACCESS_ALREADY_HELD : decision.basis().name(),
        reason);
    throw new AccessRefusedException(child, Permission.VIEW_CHILD_RECORD, false);
  }

  /** Grants access for the configured time and records it for review. */
  @Transactional
  public void grant(CurrentUser user, ChildRef child, String reason) {
    requireAvailable(user, child, reason);
    Instant now = clock.instant();
    grants.save(
        new BreakGlassGrantEntity(
            UUID.randomUUID(),
            child.partnershipId(),
            user.id(),
            child.childId(),
            reason,
            now,
            now.plus(settings.breakGlassDuration())));
    audit.record(
        user,
        AuditAction.BREAK_GLASS_GRANTED,
        child.childId(),
        RecordRef.child(child.childId()),
        Decision.Basis.BREAK_GLASS.name(),
        reason);
  }

  /** How many uses of emergency access wait for review: a count, naming no child. */
  @Transactional(readOnly = true)
  public long awaitingReviewCount(CurrentUser reviewer) {
    requireReviewer(reviewer);
    return grants.countByPartnershipIdAndReviewedAtIsNull(reviewer.partnershipId());
  }

  /**
   * Records the review. Access reviewed as inappropriate ends now if it is still running. Throws
   * {@link RecordNotFoundException} for a grant that does not exist or is another partnership's,
   * and {@link ObjectOptimisticLockingFailureException} when someone reviewed it first.
   */
  @Transactional
  public void review(
      CurrentUser reviewer, UUID grantId, long version, String outcome, @Nullable String note) {
    requireReviewer(reviewer);
    BreakGlassGrantEntity grant =
        grants
            .findById(grantId)
            .orElseThrow(() -> new RecordNotFoundException("break-glass access", grantId));
    policy.requireRole(
        reviewer,
        Permission.REVIEW_BREAK_GLASS,
        RecordRef.of("BREAK_GLASS", grantId),
        RecordRule.hidden(
            grant.partnershipId().equals(reviewer.partnershipId()), "OTHER_PARTNERSHIP"));
    if (grant.version() != version || grant.reviewedAt() != null) {
      throw new ObjectOptimisticLockingFailureException(BreakGlassGrantEntity.class, grantId);
    }
    Instant now = clock.instant();
    grant.review(reviewer.id(), outcome, note, now);
    if (INAPPROPRIATE.equals(outcome)) {
      grant.endBy(now);
    }
    audit.record(
        reviewer,
        AuditAction.BREAK_GLASS_REVIEWED,
        grant.childId(),
        RecordRef.of("BREAK_GLASS", grantId),
        outcome,
        note);
  }

  private void requireReviewer(CurrentUser user) {
    policy.requireRole(user, Permission.REVIEW_BREAK_GLASS);
  }
}
