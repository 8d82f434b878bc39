package org.lantern.panel.data;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.panel.AgendaReason;

/** A child on a meeting's agenda and why; a removed one is kept with who removed it and why. */
@Entity
@Table(name = "panel_agenda_item")
public class AgendaItemEntity extends NewAware {

  @Id private UUID id;
  private UUID meetingId;
  private UUID childId;

  @Enumerated(EnumType.STRING)
  private AgendaReason reason;

  private @Nullable String detail;
  private @Nullable UUID addedByUserId;
  private Instant addedAt;
  private @Nullable UUID removedByUserId;
  private @Nullable Instant removedAt;
  private @Nullable String removedReason;
  private boolean forNoting;

  protected AgendaItemEntity() {}

  public AgendaItemEntity(
      UUID meetingId,
      UUID childId,
      AgendaReason reason,
      @Nullable String detail,
      @Nullable UUID addedByUserId,
      Instant now) {
    this.id = UUID.randomUUID();
    this.meetingId = meetingId;
    this.childId = childId;
    this.reason = reason;
    this.detail = detail;
    this.addedByUserId = addedByUserId;
    this.addedAt = now;
  }

  /** For noting (listed with figures, not discussed) or, when false, for discussion. */
  public void setForNoting(boolean forNoting) {
    this.forNoting = forNoting;
  }

  public boolean forNoting() {
    return forNoting;
  }

  public void remove(UUID by, String why, Instant now) {
    removedByUserId = by;
    removedReason = why;
    removedAt = now;
  }

  /** Put back after a removal, for a new reason. */
  public void restore(AgendaReason reason, @Nullable String detail, UUID by, Instant now) {
    this.reason = reason;
    this.detail = detail;
    this.addedByUserId = by;
    this.addedAt = now;
    this.removedByUserId = null;
    this.removedReason = null;
    this.removedAt = null;
    this.forNoting = false;
  }

  public boolean removed() {
    return removedAt != null;
  }

  @Override
  public UUID getId() {
    return id;
  }

  public UUID id() {
    return id;
  }

  public UUID meetingId() {
    return meetingId;
  }

  public UUID childId() {
    return childId;
  }

  public AgendaReason reason() {
    return reason;
  }

  public @Nullable String detail() {
    return detail;
  }

  public @Nullable UUID addedByUserId() {
    return addedByUserId;
  }

  public Instant addedAt() {
    return addedAt;
  }

  public @Nullable String removedReason() {
    return removedReason;
  }
}
