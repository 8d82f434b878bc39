package org.lantern.referral.data;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.lantern.platform.NewRecord;

/** A front-door worker looking at a waiting concern, since when. */
@Entity
@Table(name = "concern_pick_up")
public class ConcernPickUpEntity extends NewRecord {

  @Id private UUID concernId;
  private UUID userId;
  private String userName;
  private Instant pickedUpAt;

  protected ConcernPickUpEntity() {}

  public ConcernPickUpEntity(UUID concernId, UUID userId, String userName, Instant pickedUpAt) {
    this.concernId = concernId;
    this.userId = userId;
    this.userName = userName;
    this.pickedUpAt = pickedUpAt;
  }

  public UUID concernId() {
    return concernId;
  }

  public UUID userId() {
    return userId;
  }

  public String userName() {
    return userName;
  }

  public Instant pickedUpAt() {
    return pickedUpAt;
  }

  @Override
  public UUID getId() {
    return concernId;
  }
}
