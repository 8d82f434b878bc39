package org.lantern.access.data;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AgencyKind;
import org.lantern.platform.NewRecord;

@Entity
@Table(name = "agency")
public class AgencyEntity extends NewRecord {

  @Id private UUID id;
  private UUID partnershipId;
  private String name;

  @Enumerated(EnumType.STRING)
  private AgencyKind kind;

  private @Nullable UUID districtId;
  private @Nullable String officeHoursPhone;
  private @Nullable String outOfHoursPhone;
  private @Nullable LocalDate closedOn;

  protected AgencyEntity() {}

  public AgencyEntity(
      UUID id, UUID partnershipId, String name, AgencyKind kind, @Nullable UUID districtId) {
    this.id = id;
    this.partnershipId = partnershipId;
    this.name = name;
    this.kind = kind;
    this.districtId = districtId;
  }

  public UUID id() {
    return id;
  }

  public UUID partnershipId() {
    return partnershipId;
  }

  public String name() {
    return name;
  }

  public AgencyKind kind() {
    return kind;
  }

  public @Nullable UUID districtId() {
    return districtId;
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

  /** The numbers to ring: in office hours, and out of hours. */
  public void contacts(@Nullable String officeHours, @Nullable String outOfHours) {
    this.officeHoursPhone = officeHours;
    this.outOfHoursPhone = outOfHours;
  }

  public @Nullable String officeHoursPhone() {
    return officeHoursPhone;
  }

  public @Nullable String outOfHoursPhone() {
    return outOfHoursPhone;
  }

  @Override
  public UUID getId() {
    return id;
  }
}
