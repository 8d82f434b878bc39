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
import org.lantern.risk.ServiceReferralStatus;

/** A referral into the commissioned exploitation and missing service, made by a screening. */
@Entity
@Table(name = "service_referral")
public class ServiceReferral extends NewRecord {

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
  @Version private long version;

  protected ServiceReferral() {}

  public static ServiceReferral refer(Screening screening, RiskLevel level, Instant now) {
    ServiceReferral r = new ServiceReferral();
    r.id = UUID.randomUUID();
    r.partnershipId = screening.partnershipId();
    r.childId = screening.childId();
    r.screeningId = screening.id();
    r.riskLevel = level;
    r.status = ServiceReferralStatus.WAITING;
    r.referredAt = now;
    return r;
  }

  /** The service takes the child on. Once. */
  public void accept(UUID by, Instant now) {
    if (status != ServiceReferralStatus.WAITING) {
      throw new IllegalStateException("Referral " + id + " is already " + status);
    }
    status = ServiceReferralStatus.ACCEPTED;
    acceptedByUserId = by;
    acceptedAt = now;
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

  public long version() {
    return version;
  }

  @Override
  public UUID getId() {
    return id;
  }
}
