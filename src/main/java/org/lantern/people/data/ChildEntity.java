package org.lantern.people.data;

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
import org.lantern.people.ChildSummary;
import org.lantern.people.Sex;
import org.lantern.platform.NewRecord;

@Entity
@Table(name = "child")
public class ChildEntity extends NewRecord {

  @Id private UUID id;
  private UUID partnershipId;
  private String givenName;
  private @Nullable String middleNames;
  private String familyName;
  private @Nullable String knownAs;

  @Enumerated(EnumType.STRING)
  private Sex sex;

  private @Nullable LocalDate dateOfBirth;
  private @Nullable String nhsNumber;
  private @Nullable String upn;
  private @Nullable String postcode;
  private @Nullable UUID districtId;
  private Instant createdAt;
  private Instant updatedAt;
  private @Nullable UUID mergedInto;
  private @Nullable Instant mergedAt;
  @Version private long version;

  protected ChildEntity() {}

  public ChildEntity(ChildSummary details, Instant now) {
    this.id = details.id();
    this.partnershipId = details.partnershipId();
    this.givenName = details.givenName();
    this.middleNames = details.middleNames();
    this.familyName = details.familyName();
    this.knownAs = details.knownAs();
    this.sex = details.sex();
    this.dateOfBirth = details.dateOfBirth();
    this.nhsNumber = details.nhsNumber();
    this.upn = details.upn();
    this.postcode = details.postcode();
    this.districtId = details.districtId();
    this.createdAt = now;
    this.updatedAt = now;
  }

  public ChildSummary summary() {
    return new ChildSummary(
        id,
        partnershipId,
        givenName,
        middleNames,
        familyName,
        knownAs,
        sex,
        dateOfBirth,
        nhsNumber,
        upn,
        postcode,
        districtId);
  }

  public UUID id() {
    return id;
  }

  public UUID partnershipId() {
    return partnershipId;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  /** The child this record was joined into, when it was: then it is kept only for links to it. */
  public @Nullable UUID mergedInto() {
    return mergedInto;
  }

  public long version() {
    return version;
  }

  /** Joins this record into another child's: kept, pointing at that child. Once. */
  public void mergeInto(UUID child, Instant now) {
    if (mergedInto != null) {
      throw new IllegalStateException("Child " + id + " was already joined to " + mergedInto);
    }
    if (child.equals(id)) {
      throw new IllegalArgumentException("A child cannot be joined to itself");
    }
    this.mergedInto = child;
    this.mergedAt = now;
    this.updatedAt = now;
  }

  @Override
  public UUID getId() {
    return id;
  }
}
