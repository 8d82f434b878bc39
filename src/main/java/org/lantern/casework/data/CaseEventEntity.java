package org.lantern.casework.data;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.casework.CaseEventKind;
import org.lantern.platform.NewRecord;

/** One thing that happened to a child's case, for the chronology. Never changed once written. */
@Entity
@Table(name = "case_event")
public class CaseEventEntity extends NewRecord {

  @Id private UUID id;
  private UUID caseId;
  private UUID childId;
  private Instant happenedAt;

  @Enumerated(EnumType.STRING)
  private CaseEventKind kind;

  private @Nullable UUID byUserId;
  private String agencyName;
  private @Nullable String detail;

  protected CaseEventEntity() {}

  public CaseEventEntity(
      UUID caseId,
      UUID childId,
      Instant happenedAt,
      CaseEventKind kind,
      @Nullable UUID byUserId,
      String agencyName,
      @Nullable String detail) {
    this.id = UUID.randomUUID();
    this.caseId = caseId;
    this.childId = childId;
    this.happenedAt = happenedAt;
    this.kind = kind;
    this.byUserId = byUserId;
    this.agencyName = agencyName;
    this.detail = detail;
  }

  @Override
  public UUID getId() {
    return id;
  }

  public UUID caseId() {
    return caseId;
  }

  public Instant happenedAt() {
    return happenedAt;
  }

  public CaseEventKind kind() {
    return kind;
  }

  public @Nullable UUID byUserId() {
    return byUserId;
  }

  public String agencyName() {
    return agencyName;
  }

  public @Nullable String detail() {
    return detail;
  }
}
