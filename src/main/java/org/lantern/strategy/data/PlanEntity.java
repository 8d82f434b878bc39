package org.lantern.strategy.data;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.platform.NewRecord;
import org.lantern.strategy.PlanCategory;

/**
 * A child protection plan: made by an initial conference, continued or ended by reviews, each
 * setting when the next review is due.
 */
@Entity
@Table(name = "child_protection_plan")
public class PlanEntity extends NewRecord {

  @Id private UUID id;
  private UUID partnershipId;
  private UUID childId;

  @Enumerated(EnumType.STRING)
  private PlanCategory category;

  private LocalDate startedOn;
  private @Nullable LocalDate endedOn;
  private UUID leadSocialWorkerUserId;
  private LocalDate lastConferenceOn;
  private LocalDate nextReviewOn;
  @Version private long version;

  protected PlanEntity() {}

  public PlanEntity(
      UUID partnershipId,
      UUID childId,
      PlanCategory category,
      LocalDate startedOn,
      UUID leadSocialWorker,
      LocalDate nextReviewOn) {
    this.id = UUID.randomUUID();
    this.partnershipId = partnershipId;
    this.childId = childId;
    this.category = category;
    this.startedOn = startedOn;
    this.leadSocialWorkerUserId = leadSocialWorker;
    this.lastConferenceOn = startedOn;
    this.nextReviewOn = nextReviewOn;
  }

  /** A review conference continued the plan (perhaps under another category or worker). */
  public void reviewed(
      LocalDate on, PlanCategory category, UUID leadSocialWorker, LocalDate nextReviewOn) {
    this.lastConferenceOn = on;
    this.category = category;
    this.leadSocialWorkerUserId = leadSocialWorker;
    this.nextReviewOn = nextReviewOn;
  }

  /** A review conference ended the plan. */
  public void end(LocalDate on) {
    this.lastConferenceOn = on;
    this.endedOn = on;
  }

  public void moveTo(UUID childId) {
    this.childId = childId;
  }

  @Override
  public UUID getId() {
    return id;
  }

  public UUID id() {
    return id;
  }

  public UUID childId() {
    return childId;
  }

  public PlanCategory category() {
    return category;
  }

  public LocalDate startedOn() {
    return startedOn;
  }

  public @Nullable LocalDate endedOn() {
    return endedOn;
  }

  public boolean isCurrent() {
    return endedOn == null;
  }

  public UUID leadSocialWorkerUserId() {
    return leadSocialWorkerUserId;
  }

  public LocalDate lastConferenceOn() {
    return lastConferenceOn;
  }

  public LocalDate nextReviewOn() {
    return nextReviewOn;
  }

  public long version() {
    return version;
  }
}
