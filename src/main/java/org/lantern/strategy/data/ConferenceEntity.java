package org.lantern.strategy.data;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.platform.NewRecord;
import org.lantern.strategy.ConferenceKind;
import org.lantern.strategy.PlanCategory;

/** A child protection conference held: initial or review, its outcome and lead social worker. */
@Entity
@Table(name = "child_protection_conference")
public class ConferenceEntity extends NewRecord {

  @Id private UUID id;
  private UUID partnershipId;
  private UUID childId;

  @Enumerated(EnumType.STRING)
  private ConferenceKind kind;

  private @Nullable UUID discussionId;
  private LocalDate heldOn;
  private UUID socialWorkerUserId;
  private boolean plan;

  @Enumerated(EnumType.STRING)
  private @Nullable PlanCategory category;

  private @Nullable String notes;
  private UUID recordedByUserId;
  private UUID recordedByAgencyId;
  private Instant recordedAt;
  @Version private long version;

  protected ConferenceEntity() {}

  /** What a conference recorded. */
  public record Details(
      ConferenceKind kind,
      @Nullable UUID discussionId,
      LocalDate heldOn,
      UUID socialWorkerUserId,
      boolean plan,
      @Nullable PlanCategory category,
      @Nullable String notes) {}

  public ConferenceEntity(
      UUID partnershipId, UUID childId, Details d, UUID by, UUID byAgency, Instant at) {
    this.id = UUID.randomUUID();
    this.partnershipId = partnershipId;
    this.childId = childId;
    this.kind = d.kind();
    this.discussionId = d.discussionId();
    this.heldOn = d.heldOn();
    this.socialWorkerUserId = d.socialWorkerUserId();
    this.plan = d.plan();
    this.category = d.category();
    this.notes = d.notes();
    this.recordedByUserId = by;
    this.recordedByAgencyId = byAgency;
    this.recordedAt = at;
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

  public ConferenceKind kind() {
    return kind;
  }

  public @Nullable UUID discussionId() {
    return discussionId;
  }

  public LocalDate heldOn() {
    return heldOn;
  }

  public UUID socialWorkerUserId() {
    return socialWorkerUserId;
  }

  public boolean plan() {
    return plan;
  }

  public @Nullable PlanCategory category() {
    return category;
  }

  public @Nullable String notes() {
    return notes;
  }

  public UUID recordedByUserId() {
    return recordedByUserId;
  }

  public UUID recordedByAgencyId() {
    return recordedByAgencyId;
  }

  public Instant recordedAt() {
    return recordedAt;
  }

  public long version() {
    return version;
  }
}
