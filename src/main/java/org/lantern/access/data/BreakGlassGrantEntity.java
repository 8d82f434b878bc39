package org.lantern.access.data;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.platform.NewRecord;

/** Emergency access to one child's record by one person, with their reason, awaiting review. */
@Entity
@Table(name = "break_glass_grant")
public class BreakGlassGrantEntity extends NewRecord {

  @Id private UUID id;
  private UUID partnershipId;
  private UUID userId;
  private UUID childId;
  private String reason;
  private Instant grantedAt;
  private Instant expiresAt;
  private @Nullable UUID reviewedByUserId;
  private @Nullable Instant reviewedAt;
  private @Nullable String reviewOutcome;
  private @Nullable String reviewNote;
  @Version private long version;

  protected BreakGlassGrantEntity() {}

  public BreakGlassGrantEntity(
      UUID id,
      UUID partnershipId,
      UUID userId,
      UUID childId,
      String reason,
      Instant grantedAt,
      Instant expiresAt) {
    this.id = id;
    this.partnershipId = partnershipId;
    this.userId = userId;
    this.childId = childId;
    this.reason = reason;
    this.grantedAt = grantedAt;
    this.expiresAt = expiresAt;
  }

  /** Records the review once; a second review of the same grant is refused. */
  public void review(UUID reviewer, String outcome, @Nullable String note, Instant at) {
    if (reviewedAt != null) {
      throw new IllegalStateException("Break-glass access " + id + " was already reviewed");
    }
    this.reviewedByUserId = reviewer;
    this.reviewOutcome = outcome;
    this.reviewNote = note;
    this.reviewedAt = at;
  }

  /** Ends the access at {@code at} if it would run longer: it was not appropriate. */
  public void endBy(Instant at) {
    if (expiresAt.isAfter(at)) {
      expiresAt = at;
    }
  }

  public UUID id() {
    return id;
  }

  public UUID partnershipId() {
    return partnershipId;
  }

  public UUID userId() {
    return userId;
  }

  public UUID childId() {
    return childId;
  }

  public String reason() {
    return reason;
  }

  public Instant grantedAt() {
    return grantedAt;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public @Nullable Instant reviewedAt() {
    return reviewedAt;
  }

  public @Nullable String reviewOutcome() {
    return reviewOutcome;
  }

  public @Nullable String reviewNote() {
    return reviewNote;
  }

  public @Nullable UUID reviewedByUserId() {
    return reviewedByUserId;
  }

  public long version() {
    return version;
  }

  @Override
  public UUID getId() {
    return id;
  }
}
