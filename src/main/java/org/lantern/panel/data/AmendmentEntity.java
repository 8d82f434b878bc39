package org.lantern.panel.data;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.panel.PanelRuleException;

/** A change to approved minutes: who, when, why and what changed. Never edited or deleted. */
@Entity
@Table(name = "panel_minutes_amendment")
public class AmendmentEntity extends NewAware {

  @Id private UUID id;
  private UUID meetingId;
  private @Nullable UUID childId;
  private UUID amendedByUserId;
  private Instant amendedAt;
  private String reason;
  private String changes;

  protected AmendmentEntity() {}

  public AmendmentEntity(
      UUID meetingId,
      @Nullable UUID childId,
      UUID amendedByUserId,
      Instant amendedAt,
      String reason,
      String changes) {
    this.id = UUID.randomUUID();
    this.meetingId = meetingId;
    this.childId = childId;
    this.amendedByUserId = amendedByUserId;
    this.amendedAt = amendedAt;
    this.reason = reason;
    this.changes = changes;
  }

  /** An amendment gives its reason, in at most 2,000 characters. */
  public static String checkReason(@Nullable String reason) {
    if (reason == null || reason.isBlank()) {
      throw new PanelRuleException("reason", "panel.error.amendReason");
    }
    if (reason.length() > 2000) {
      throw new PanelRuleException("reason", "panel.error.amendReasonLength");
    }
    return reason.strip();
  }

  @Override
  public UUID getId() {
    return id;
  }

  public UUID meetingId() {
    return meetingId;
  }

  public @Nullable UUID childId() {
    return childId;
  }

  public UUID amendedByUserId() {
    return amendedByUserId;
  }

  public Instant amendedAt() {
    return amendedAt;
  }

  public String reason() {
    return reason;
  }

  public String changes() {
    return changes;
  }
}
