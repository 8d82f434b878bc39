package org.lantern.panel.data;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.panel.PanelRuleException;
import org.lantern.panel.ReferralStatus;
import org.lantern.risk.RiskLevel;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * A partner's referral of a medium or high risk child straight to panel, recorded by the
 * coordinator as received; once the coordinator accepts it, it goes on the next agenda of the panel
 * of the child's district. A declined referral keeps the reason.
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

  @Enumerated(EnumType.STRING)
  private ReferralStatus status;

  private @Nullable UUID decidedByUserId;
  private @Nullable Instant decidedAt;
  private @Nullable String declinedReason;
  @Version private long version;

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
    this.status = ReferralStatus.RECEIVED;
  }

  /** The coordinator accepts the referral onto the next agenda (refused once decided). */
  public void accept(UUID by, Instant now) {
    requireReceived();
    status = ReferralStatus.ACCEPTED;
    decidedByUserId = by;
    decidedAt = now;
  }

  /** The coordinator declines the referral, with the reason (refused once decided). */
  public void decline(UUID by, String reason, Instant now) {
    requireReceived();
    status = ReferralStatus.DECLINED;
    decidedByUserId = by;
    decidedAt = now;
    declinedReason = reason;
  }

  private void requireReceived() {
    if (status != ReferralStatus.RECEIVED) {
      throw new PanelRuleException("referral", "panel.error.referralDecided");
    }
  }

  /** Refused when the referral changed since the person saw it at {@code seen}. */
  public void requireVersion(long seen) {
    if (version != seen) {
      throw new ObjectOptimisticLockingFailureException(PanelReferralEntity.class, id);
    }
  }

  public ReferralStatus status() {
    return status;
  }

  public @Nullable String declinedReason() {
    return declinedReason;
  }

  public @Nullable Instant decidedAt() {
    return decidedAt;
  }

  public long version() {
    return version;
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

  public UUID partnershipId() {
    return partnershipId;
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
