package org.lantern.risk.data;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.lantern.platform.NewRecord;
import org.lantern.risk.RiskLevel;

/** A level a child was referred (or re-referred) into the service at, by a signed-off screening. */
@Entity
@Table(name = "service_referral_level")
public class ServiceReferralLevelEntity extends NewRecord {

  @Id private UUID id;
  private UUID referralId;
  private UUID screeningId;

  @Enumerated(EnumType.STRING)
  private RiskLevel riskLevel;

  private Instant referredAt;

  protected ServiceReferralLevelEntity() {}

  static ServiceReferralLevelEntity of(
      UUID id, UUID referralId, ScreeningEntity s, RiskLevel level, Instant at) {
    ServiceReferralLevelEntity l = new ServiceReferralLevelEntity();
    l.id = id;
    l.referralId = referralId;
    l.screeningId = s.id();
    l.riskLevel = level;
    l.referredAt = at;
    return l;
  }

  public UUID referralId() {
    return referralId;
  }

  public UUID screeningId() {
    return screeningId;
  }

  public RiskLevel riskLevel() {
    return riskLevel;
  }

  public Instant referredAt() {
    return referredAt;
  }

  @Override
  public UUID getId() {
    return id;
  }
}
