package org.lantern.panel.data;

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
import org.lantern.panel.ActionStatus;
import org.lantern.panel.PanelRuleException;

/** An action the panel agreed for a child: what, who owns it (an account or a name), by when. */
@Entity
@Table(name = "panel_action")
public class ActionEntity extends NewAware {

  @Id private UUID id;
  private UUID presentationId;
  private UUID meetingId;
  private UUID childId;
  private String description;
  private @Nullable UUID ownerUserId;
  private @Nullable String ownerName;
  private @Nullable UUID agencyId;
  private LocalDate dueOn;

  @Enumerated(EnumType.STRING)
  private ActionStatus status;

  private @Nullable Instant statusChangedAt;
  private Instant createdAt;
  @Version private long version;

  protected ActionEntity() {}

  public ActionEntity(
      UUID presentationId,
      UUID meetingId,
      UUID childId,
      String description,
      @Nullable UUID ownerUserId,
      @Nullable String ownerName,
      @Nullable UUID agencyId,
      LocalDate dueOn,
      Instant now) {
    if (ownerName != null && ownerName.length() > 200) {
      throw new PanelRuleException("actionOwner", "panel.error.actionOwnerLength");
    }
    this.id = UUID.randomUUID();
    this.presentationId = presentationId;
    this.meetingId = meetingId;
    this.childId = childId;
    this.description = description;
    this.ownerUserId = ownerUserId;
    this.ownerName = ownerName;
    this.agencyId = agencyId;
    this.dueOn = dueOn;
    this.status = ActionStatus.OPEN;
    this.createdAt = now;
  }

  public void setStatus(ActionStatus status, Instant now) {
    this.status = status;
    this.statusChangedAt = now;
  }

  @Override
  public UUID getId() {
    return id;
  }

  public UUID id() {
    return id;
  }

  public UUID presentationId() {
    return presentationId;
  }

  public UUID meetingId() {
    return meetingId;
  }

  public UUID childId() {
    return childId;
  }

  public String description() {
    return description;
  }

  public @Nullable UUID ownerUserId() {
    return ownerUserId;
  }

  public @Nullable String ownerName() {
    return ownerName;
  }

  public @Nullable UUID agencyId() {
    return agencyId;
  }

  public LocalDate dueOn() {
    return dueOn;
  }

  public ActionStatus status() {
    return status;
  }

  public long version() {
    return version;
  }
}
