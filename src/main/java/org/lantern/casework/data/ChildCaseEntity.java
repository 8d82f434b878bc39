package org.lantern.casework.data;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.casework.CaseStatus;
import org.lantern.platform.NewRecord;
import org.lantern.referral.ThresholdDecision;

/**
 * The council's piece of work for a child: routed by a front-door decision to a team, allocated to
 * a worker, transferred, closed and reopened. One open case per child at most; each transition
 * checks itself.
 */
@Entity
@Table(name = "child_case")
public class ChildCaseEntity extends NewRecord {

  @Id private UUID id;
  private UUID partnershipId;
  private UUID childId;
  private UUID concernId;

  @Enumerated(EnumType.STRING)
  private ThresholdDecision decision;

  private String decisionReasons;

  @Enumerated(EnumType.STRING)
  private CaseStatus status;

  private @Nullable UUID teamId;
  private @Nullable UUID workerUserId;
  private Instant routedAt;
  private @Nullable Instant allocatedAt;
  private @Nullable UUID allocatedByUserId;
  private @Nullable String councilReference;
  private @Nullable String otherAuthority;
  private @Nullable Instant closedAt;
  private @Nullable String closeReason;
  private @Nullable Instant reopenedAt;
  @Version private long version;

  protected ChildCaseEntity() {}

  /** A case routed by a front-door decision: to a team, or closed at once (no further action). */
  public static ChildCaseEntity routed(
      UUID partnershipId,
      UUID childId,
      UUID concernId,
      ThresholdDecision decision,
      String reasons,
      @Nullable UUID teamId,
      Instant at) {
    ChildCaseEntity c = new ChildCaseEntity();
    c.id = UUID.randomUUID();
    c.partnershipId = partnershipId;
    c.childId = childId;
    c.concernId = concernId;
    c.decision = decision;
    c.decisionReasons = reasons;
    c.routedAt = at;
    c.teamId = teamId;
    if (decision == ThresholdDecision.NO_FURTHER_ACTION) {
      c.status = CaseStatus.CLOSED;
      c.closedAt = at;
      c.closeReason = reasons;
    } else {
      c.status = CaseStatus.AWAITING_ALLOCATION;
    }
    return c;
  }

  /** A new concern's decision on a closed case opens it again, routed to a team. */
  public void reopen(
      UUID concernId,
      ThresholdDecision decision,
      String reasons,
      @Nullable UUID teamId,
      Instant at) {
    if (status.isOpen()) {
      throw new IllegalStateException("Case " + id + " is open");
    }
    this.concernId = concernId;
    this.decision = decision;
    this.decisionReasons = reasons;
    this.teamId = teamId;
    this.workerUserId = null;
    this.allocatedAt = null;
    this.allocatedByUserId = null;
    this.otherAuthority = null;
    this.closedAt = null;
    this.closeReason = null;
    this.routedAt = at;
    this.reopenedAt = at;
    this.status = CaseStatus.AWAITING_ALLOCATION;
  }

  /** A team manager allocates a worker; once, while it waits (transfer moves it after). */
  public void allocate(UUID workerId, UUID by, Instant at) {
    if (status != CaseStatus.AWAITING_ALLOCATION) {
      throw new IllegalStateException("Case " + id + " is not waiting for allocation");
    }
    this.workerUserId = workerId;
    this.allocatedByUserId = by;
    this.allocatedAt = at;
    this.status = CaseStatus.ALLOCATED;
  }

  /** To another worker of the same team. */
  public void transferToWorker(UUID workerId, UUID by, Instant at) {
    requireOpen();
    this.workerUserId = workerId;
    this.allocatedByUserId = by;
    this.allocatedAt = at;
    this.status = CaseStatus.ALLOCATED;
  }

  /** To another team, whose manager allocates a worker. */
  public void transferToTeam(UUID teamId, Instant at) {
    requireOpen();
    this.teamId = teamId;
    this.workerUserId = null;
    this.allocatedAt = null;
    this.allocatedByUserId = null;
    this.routedAt = at;
    this.status = CaseStatus.AWAITING_ALLOCATION;
  }

  /** The child moved: another authority holds the case now. */
  public void transferOut(String authority, Instant at) {
    requireOpen();
    this.otherAuthority = authority;
    this.closedAt = at;
    this.status = CaseStatus.TRANSFERRED_OUT;
  }

  public void close(String reason, Instant at) {
    requireOpen();
    this.closeReason = reason;
    this.closedAt = at;
    this.status = CaseStatus.CLOSED;
  }

  public void recordCouncilReference(@Nullable String reference) {
    this.councilReference = reference;
  }

  /** A joined record's case moves with it. */
  public void moveTo(UUID childId) {
    this.childId = childId;
  }

  private void requireOpen() {
    if (!status.isOpen()) {
      throw new IllegalStateException("Case " + id + " is not open");
    }
  }

  @Override
  public UUID getId() {
    return id;
  }

  public UUID id() {
    return id;
  }

  public UUID partnershipId() {
    return partnershipId;
  }

  public UUID childId() {
    return childId;
  }

  public UUID concernId() {
    return concernId;
  }

  public ThresholdDecision decision() {
    return decision;
  }

  public String decisionReasons() {
    return decisionReasons;
  }

  public CaseStatus status() {
    return status;
  }

  public @Nullable UUID teamId() {
    return teamId;
  }

  public @Nullable UUID workerUserId() {
    return workerUserId;
  }

  public Instant routedAt() {
    return routedAt;
  }

  public @Nullable Instant allocatedAt() {
    return allocatedAt;
  }

  public @Nullable UUID allocatedByUserId() {
    return allocatedByUserId;
  }

  public @Nullable String councilReference() {
    return councilReference;
  }

  public @Nullable String otherAuthority() {
    return otherAuthority;
  }

  public @Nullable Instant closedAt() {
    return closedAt;
  }

  public @Nullable String closeReason() {
    return closeReason;
  }

  public @Nullable Instant reopenedAt() {
    return reopenedAt;
  }

  public long version() {
    return version;
  }
}
