package org.lantern.risk.data;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.platform.NewRecord;
import org.lantern.risk.RiskLevel;
import org.lantern.risk.ServiceOutcome;
import org.lantern.risk.ServiceReferralStatus;
import org.lantern.risk.SupportType;

/**
 * A referral into the commissioned exploitation and missing service, made by a signed-off screening
 * at any level: waiting, then accepted (a worker of one of the service's teams allocated, with the
 * support type) or declined with a reason; accepted work is closed with an outcome. While it is
 * open a screening at another level re-refers the child: the level changes here and a {@link
 * ServiceReferralLevel} keeps the history.
 */
@Entity
@Table(name = "service_referral")
public class ServiceReferralEntity extends NewRecord {

  @Id private UUID id;
  private UUID partnershipId;
  private UUID childId;
  private UUID screeningId;

  @Enumerated(EnumType.STRING)
  private RiskLevel riskLevel;

  @Enumerated(EnumType.STRING)
  private ServiceReferralStatus status;

  private Instant referredAt;
  private @Nullable UUID acceptedByUserId;
  private @Nullable Instant acceptedAt;
  private @Nullable UUID decidedByUserId;
  private @Nullable Instant declinedAt;
  private @Nullable String declineReason;
  private @Nullable UUID teamId;
  private @Nullable UUID workerUserId;

  @Enumerated(EnumType.STRING)
  private @Nullable SupportType supportType;

  private @Nullable Instant closedAt;

  @Enumerated(EnumType.STRING)
  private @Nullable ServiceOutcome outcome;

  private @Nullable String outcomeNote;
  private @Nullable Instant levelChangedAt;
  @Version private long version;

  protected ServiceReferralEntity() {}

  /** A new referral at the screening's level, and the first row of its level history. */
  public static Referred refer(ScreeningEntity screening, RiskLevel level, Instant now) {
    ServiceReferralEntity r = new ServiceReferralEntity();
    r.id = UUID.randomUUID();
    r.partnershipId = screening.partnershipId();
    r.childId = screening.childId();
    r.screeningId = screening.id();
    r.riskLevel = level;
    r.status = ServiceReferralStatus.WAITING;
    r.referredAt = now;
    return new Referred(r, ServiceReferralLevelEntity.of(r.id, r.id, screening, level, now));
  }

  /** A referral and the level-history row it adds. */
  public record Referred(ServiceReferralEntity referral, ServiceReferralLevelEntity level) {}

  /**
   * The child's level changed while the referral is open: the referral takes the new level (and the
   * screening that gave it), and the history row is returned to be saved.
   */
  public ServiceReferralLevelEntity reRefer(
      ScreeningEntity screening, RiskLevel level, Instant now) {
    if (!status.open()) {
      throw new IllegalStateException("Referral " + id + " is " + status + ", not open");
    }
    riskLevel = level;
    screeningId = screening.id();
    levelChangedAt = now;
    return ServiceReferralLevelEntity.of(UUID.randomUUID(), id, screening, level, now);
  }

  /** The service takes the child on, with a worker of one of its teams. Once. */
  public void accept(UUID by, UUID worker, UUID team, SupportType support, Instant now) {
    if (status != ServiceReferralStatus.WAITING) {
      throw new IllegalStateException("Referral " + id + " is already " + status);
    }
    if (!support.suits(riskLevel)) {
      throw new IllegalArgumentException(support + " is not offered at " + riskLevel);
    }
    status = ServiceReferralStatus.ACCEPTED;
    acceptedByUserId = by;
    decidedByUserId = by;
    acceptedAt = now;
    workerUserId = worker;
    teamId = team;
    supportType = support;
  }

  /** The service declines the referral, saying why. */
  public void decline(UUID by, String reason, Instant now) {
    if (status != ServiceReferralStatus.WAITING) {
      throw new IllegalStateException("Referral " + id + " is already " + status);
    }
    if (reason.isBlank()) {
      throw new IllegalArgumentException("A declined referral says why");
    }
    status = ServiceReferralStatus.DECLINED;
    decidedByUserId = by;
    declinedAt = now;
    declineReason = reason.strip();
  }

  /** The work ends, with its outcome. */
  public void close(ServiceOutcome how, @Nullable String note, Instant now) {
    if (status != ServiceReferralStatus.ACCEPTED) {
      throw new IllegalStateException("Referral " + id + " is " + status + ", not being worked");
    }
    status = ServiceReferralStatus.CLOSED;
    outcome = how;
    outcomeNote = note == null || note.isBlank() ? null : note.strip();
    closedAt = now;
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

  public UUID screeningId() {
    return screeningId;
  }

  public RiskLevel riskLevel() {
    return riskLevel;
  }

  public ServiceReferralStatus status() {
    return status;
  }

  public Instant referredAt() {
    return referredAt;
  }

  public @Nullable UUID acceptedByUserId() {
    return acceptedByUserId;
  }

  public @Nullable Instant acceptedAt() {
    return acceptedAt;
  }

  public @Nullable UUID decidedByUserId() {
    return decidedByUserId;
  }

  public @Nullable Instant declinedAt() {
    return declinedAt;
  }

  public @Nullable String declineReason() {
    return declineReason;
  }

  public @Nullable UUID teamId() {
    return teamId;
  }

  public @Nullable UUID workerUserId() {
    return workerUserId;
  }

  public @Nullable SupportType supportType() {
    return supportType;
  }

  public @Nullable Instant closedAt() {
    return closedAt;
  }

  public @Nullable ServiceOutcome outcome() {
    return outcome;
  }

  public @Nullable String outcomeNote() {
    return outcomeNote;
  }

  public @Nullable Instant levelChangedAt() {
    return levelChangedAt;
  }

  public long version() {
    return version;
  }

  @Override
  public UUID getId() {
    return id;
  }
}
