package org.lantern.panel.data;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.panel.PanelRuleException;

/**
 * A child on the county manager's review list: opened because of three presentations, closed by the
 * manager's recorded decision (once).
 */
@Entity
@Table(name = "panel_escalation")
public class EscalationEntity extends NewAware {

  @Id private UUID id;
  private UUID partnershipId;
  private UUID districtId;
  private UUID childId;
  private UUID firstPresentationId;
  private UUID secondPresentationId;
  private UUID thirdPresentationId;
  private Instant openedAt;
  private @Nullable String decision;
  private @Nullable UUID decidedByUserId;
  private @Nullable Instant decidedAt;
  @Version private long version;

  protected EscalationEntity() {}

  public EscalationEntity(
      UUID partnershipId,
      UUID districtId,
      UUID childId,
      UUID first,
      UUID second,
      UUID third,
      Instant now) {
    this.id = UUID.randomUUID();
    this.partnershipId = partnershipId;
    this.districtId = districtId;
    this.childId = childId;
    this.firstPresentationId = first;
    this.secondPresentationId = second;
    this.thirdPresentationId = third;
    this.openedAt = now;
  }

  public void decide(String decision, UUID by, Instant now) {
    if (decidedAt != null) {
      throw new PanelRuleException("decision", "panel.error.escalationDecided");
    }
    this.decision = decision;
    this.decidedByUserId = by;
    this.decidedAt = now;
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

  public UUID firstPresentationId() {
    return firstPresentationId;
  }

  public UUID secondPresentationId() {
    return secondPresentationId;
  }

  public UUID thirdPresentationId() {
    return thirdPresentationId;
  }

  public Instant openedAt() {
    return openedAt;
  }

  public @Nullable String decision() {
    return decision;
  }

  public @Nullable UUID decidedByUserId() {
    return decidedByUserId;
  }

  public @Nullable Instant decidedAt() {
    return decidedAt;
  }

  public long version() {
    return version;
  }
}
