package org.lantern.notify.data;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.notify.NotificationKind;

@Entity
@Table(name = "notification")
public class NotificationEntity {

  @Id private UUID id;
  private UUID recipientUserId;

  @Enumerated(EnumType.STRING)
  private NotificationKind kind;

  private UUID concernId;
  private Instant createdAt;
  private @Nullable Instant readAt;

  protected NotificationEntity() {}

  public NotificationEntity(
      UUID id, UUID recipientUserId, NotificationKind kind, UUID concernId, Instant createdAt) {
    this.id = id;
    this.recipientUserId = recipientUserId;
    this.kind = kind;
    this.concernId = concernId;
    this.createdAt = createdAt;
  }

  public void read(Instant at) {
    if (readAt == null) {
      readAt = at;
    }
  }

  public UUID id() {
    return id;
  }

  public UUID recipientUserId() {
    return recipientUserId;
  }

  public NotificationKind kind() {
    return kind;
  }

  public UUID concernId() {
    return concernId;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public @Nullable Instant readAt() {
    return readAt;
  }
}
