package org.lantern.admin.data;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.platform.NewRecord;

/** A link for a new person to set their password: kept as a hash, for one use, until it expires. */
@Entity
@Table(name = "account_invitation")
public class InvitationEntity extends NewRecord {

  @Id private UUID id;
  private UUID userId;
  private String tokenHash;
  private UUID createdBy;
  private Instant createdAt;
  private Instant expiresAt;
  private @Nullable Instant usedAt;

  protected InvitationEntity() {}

  public InvitationEntity(
      UUID id,
      UUID userId,
      String tokenHash,
      UUID createdBy,
      Instant createdAt,
      Instant expiresAt) {
    this.id = id;
    this.userId = userId;
    this.tokenHash = tokenHash;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  /** Whether it may still be used at {@code now}: not used, not expired. */
  public boolean usableAt(Instant now) {
    return usedAt == null && now.isBefore(expiresAt);
  }

  /** Used once; a second use is refused. */
  public void use(Instant now) {
    if (!usableAt(now)) {
      throw new IllegalStateException("Invitation " + id + " cannot be used");
    }
    this.usedAt = now;
  }

  /** Stops it working (a newer one was made). */
  public void withdraw(Instant now) {
    if (usedAt == null) {
      this.expiresAt = now.isBefore(expiresAt) ? now : expiresAt;
    }
  }

  public UUID id() {
    return id;
  }

  public UUID userId() {
    return userId;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public @Nullable Instant usedAt() {
    return usedAt;
  }

  @Override
  public UUID getId() {
    return id;
  }
}
