package org.lantern.access.data;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.platform.NewRecord;

@Entity
@Table(name = "team")
public class TeamEntity extends NewRecord {

  @Id private UUID id;
  private UUID agencyId;
  private String name;
  private @Nullable LocalDate closedOn;

  protected TeamEntity() {}

  public TeamEntity(UUID id, UUID agencyId, String name) {
    this.id = id;
    this.agencyId = agencyId;
    this.name = name;
  }

  public UUID id() {
    return id;
  }

  public UUID agencyId() {
    return agencyId;
  }

  public String name() {
    return name;
  }

  /** Gives it a new name (what records show from now on). */
  public void rename(String name) {
    this.name = name;
  }

  /** Closes it from this date: no longer offered; what names it keeps it. */
  public void closeOn(LocalDate date) {
    this.closedOn = date;
  }

  public @Nullable LocalDate closedOn() {
    return closedOn;
  }

  @Override
  public UUID getId() {
    return id;
  }
}
