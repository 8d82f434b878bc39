package org.lantern.panel.data;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A panel's annual review (seed 002 ¶73, ¶74): when it was held, what the partners said, what was
 * recommended and what the multi-agency group agreed.
 */
@Entity
@Table(name = "panel_annual_review")
public class AnnualReviewEntity extends NewAware {

  @Id private UUID id;
  private UUID panelId;
  private UUID partnershipId;
  private LocalDate reviewedOn;
  private String feedback;
  private String recommendations;
  private String agreed;
  private UUID recordedByUserId;
  private Instant recordedAt;
  private Instant updatedAt;
  @Version private long version;

  protected AnnualReviewEntity() {}

  public AnnualReviewEntity(
      PanelEntity panel,
      LocalDate reviewedOn,
      String feedback,
      String recommendations,
      String agreed,
      UUID recordedByUserId,
      Instant now) {
    this.id = UUID.randomUUID();
    this.panelId = panel.id();
    this.partnershipId = panel.partnershipId();
    this.reviewedOn = reviewedOn;
    this.feedback = feedback;
    this.recommendations = recommendations;
    this.agreed = agreed;
    this.recordedByUserId = recordedByUserId;
    this.recordedAt = now;
    this.updatedAt = now;
  }

  @Override
  public UUID getId() {
    return id;
  }

  public UUID id() {
    return id;
  }

  public UUID panelId() {
    return panelId;
  }

  public LocalDate reviewedOn() {
    return reviewedOn;
  }

  public String feedback() {
    return feedback;
  }

  public String recommendations() {
    return recommendations;
  }

  public String agreed() {
    return agreed;
  }

  public UUID recordedByUserId() {
    return recordedByUserId;
  }

  public Instant recordedAt() {
    return recordedAt;
  }
}
