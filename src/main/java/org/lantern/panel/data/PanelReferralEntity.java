package org.lantern.panel.data;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.risk.RiskLevel;

/**
 * A partner's referral of a medium or high risk child straight to the district panel, recorded by
 * the coordinator; it goes on the next agenda built.
 */
@Entity
@Table(name = "panel_referral")
public class PanelReferralEntity extends NewAware {

  @Id private UUID id;
  private UUID partnershipId;
  private UUID districtId;
  private UUID childId;
  private UUID referringAgencyId;
  private String referrerName;
  private String reason;
  private UUID recordedByUserId;
  private Instant recordedAt;
  private @Nullable UUID meetingId;

  @Enumerated(EnumType.STRING)
  private @Nullable RiskLevel partnerLevel;

  protected PanelReferralEntity() {}

  public PanelReferralEntity(
      UUID partnershipId,
      UUID districtId,
      UUID childId,
      UUID referringAgencyId,
      String referrerName,
      String reason,
      @Nullable RiskLevel partnerLevel,
      UUID recordedByUserId,
      Instant now) {
    this.partnerLevel = partnerLevel;
    this.id = UUID.randomUUID();
    this.partnershipId = partnershipId;
    this.districtId = districtId;
    this.childId = childId;
    this.referringAgencyId = referringAgencyId;
    this.referrerName = referrerName;
    this.reason = reason;
    this.recordedByUserId = recordedByUserId;
    this.recordedAt = now;
  }

  /** The referring partner's own assessment of the child's level (null on older referrals). */
  public @Nullable RiskLevel partnerLevel() {
    return partnerLevel;
  }

  public void placeOn(UUID meetingId) {
    this.meetingId = meetingId;
  }

  @Override
  public UUID getId() {
    return id;
  }

  public UUID id() {
    return id;
  }

  public UUID districtId() {
    return districtId;
  }

  public UUID childId() {
    return childId;
  }

  public UUID referringAgencyId() {
    return referringAgencyId;
  }

  public String referrerName() {
    return referrerName;
  }

  public String reason() {
    return reason;
  }

  public Instant recordedAt() {
    return recordedAt;
  }

  public @Nullable UUID meetingId() {
    return meetingId;
  }
}
