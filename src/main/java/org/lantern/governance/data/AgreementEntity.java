package org.lantern.governance.data;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.platform.NewRecord;

/** An information sharing agreement's row: its terms, categories as a comma list of names. */
@Entity
@Table(name = "sharing_agreement")
public class AgreementEntity extends NewRecord {

  @Id private UUID id;
  private UUID partnershipId;
  private UUID agencyId;
  private String parties;
  private String purpose;
  private String lawfulBasis;
  private String categories;
  private LocalDate startsOn;
  private LocalDate reviewOn;
  private @Nullable LocalDate endedOn;
  private @Nullable String endReason;
  private Instant createdAt;
  @Version private long version;

  protected AgreementEntity() {}

  public AgreementEntity(UUID id, UUID partnershipId, UUID agencyId, Instant createdAt) {
    this.id = id;
    this.partnershipId = partnershipId;
    this.agencyId = agencyId;
    this.createdAt = createdAt;
  }

  /** Sets its terms (categories as a comma list of names). */
  public void terms(
      String parties,
      String purpose,
      String lawfulBasis,
      String categories,
      LocalDate startsOn,
      LocalDate reviewOn) {
    this.parties = parties;
    this.purpose = purpose;
    this.lawfulBasis = lawfulBasis;
    this.categories = categories;
    this.startsOn = startsOn;
    this.reviewOn = reviewOn;
  }

  public void end(LocalDate on, String reason) {
    if (endedOn != null) {
      throw new IllegalStateException("Agreement " + id + " has ended already");
    }
    this.endedOn = on;
    this.endReason = reason;
  }

  @Override
  public UUID getId() {
    return id;
  }

  public UUID id() {
    return id;
  }

  public UUID partnershipId() {
    return partnershipId;
  }

  public UUID agencyId() {
    return agencyId;
  }

  public String parties() {
    return parties;
  }

  public String purpose() {
    return purpose;
  }

  public String lawfulBasis() {
    return lawfulBasis;
  }

  public String categories() {
    return categories;
  }

  public LocalDate startsOn() {
    return startsOn;
  }

  public LocalDate reviewOn() {
    return reviewOn;
  }

  public @Nullable LocalDate endedOn() {
    return endedOn;
  }

  public @Nullable String endReason() {
    return endReason;
  }

  public long version() {
    return version;
  }
}
