package org.lantern.risk.data;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.platform.NewRecord;
import org.lantern.risk.RiskLevel;
import org.lantern.risk.ScreeningStatus;

/**
 * A screening of a child on one version of a tool. Guards its own path: written as a draft by its
 * author, submitted with its computed level (and any judged level, with a reason), then signed off
 * by a team manager or returned to the author with comments and submitted again.
 */
@Entity
@Table(name = "screening")
public class ScreeningEntity extends NewRecord {

  @Id private UUID id;
  private UUID partnershipId;
  private UUID childId;
  private UUID toolVersionId;

  @Enumerated(EnumType.STRING)
  private ScreeningStatus status;

  private UUID authorUserId;
  private @Nullable UUID teamId;
  private Instant startedAt;
  private Instant updatedAt;
  private @Nullable Instant submittedAt;
  private @Nullable Integer score;

  @Enumerated(EnumType.STRING)
  private @Nullable RiskLevel computedLevel;

  @Enumerated(EnumType.STRING)
  private @Nullable RiskLevel judgedLevel;

  private @Nullable String judgementReason;

  @Enumerated(EnumType.STRING)
  private @Nullable RiskLevel riskLevel;

  private @Nullable LocalDate reviewDueOn;
  private @Nullable UUID signedOffByUserId;
  private @Nullable Instant signedOffAt;
  private @Nullable UUID returnedByUserId;
  private @Nullable Instant returnedAt;
  private @Nullable String returnComments;
  @Version private long version;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "screening_answer", joinColumns = @JoinColumn(name = "screening_id"))
  @MapKeyColumn(name = "item_id")
  @Column(name = "answer")
  private Map<String, String> answers = new HashMap<>();

  protected ScreeningEntity() {}

  public static ScreeningEntity start(
      UUID partnershipId, UUID childId, UUID toolVersionId, UUID author, Instant now) {
    ScreeningEntity s = new ScreeningEntity();
    s.id = UUID.randomUUID();
    s.partnershipId = partnershipId;
    s.childId = childId;
    s.toolVersionId = toolVersionId;
    s.authorUserId = author;
    s.status = ScreeningStatus.DRAFT;
    s.startedAt = now;
    s.updatedAt = now;
    return s;
  }

  /** Keeps the answers as they stand (a draft, or a returned screening being changed). */
  public void record(Map<String, String> given, Instant now) {
    requireEditable();
    answers.clear();
    answers.putAll(given);
    updatedAt = now;
  }

  /**
   * Submits the screening for sign-off with its computed level and, where the author judged
   * differently, the level they judged and why. The level that counts is the judged one if given.
   */
  public void submit(
      int score,
      RiskLevel computed,
      @Nullable RiskLevel judged,
      @Nullable String reason,
      @Nullable UUID teamId,
      @Nullable LocalDate reviewDue,
      Instant now) {
    requireEditable();
    this.score = score;
    this.computedLevel = computed;
    this.judgedLevel = judged;
    this.judgementReason = judged == null ? null : reason;
    this.riskLevel = judged == null ? computed : judged;
    this.teamId = teamId;
    this.reviewDueOn = reviewDue;
    this.submittedAt = now;
    this.updatedAt = now;
    this.status = ScreeningStatus.SUBMITTED;
  }

  public void signOff(UUID by, Instant now) {
    requireSubmitted();
    this.status = ScreeningStatus.SIGNED_OFF;
    this.signedOffByUserId = by;
    this.signedOffAt = now;
    this.updatedAt = now;
  }

  public void returnToAuthor(UUID by, String comments, Instant now) {
    requireSubmitted();
    this.status = ScreeningStatus.RETURNED;
    this.returnedByUserId = by;
    this.returnedAt = now;
    this.returnComments = comments;
    this.updatedAt = now;
  }

  private void requireEditable() {
    if (!status.editable()) {
      throw new IllegalStateException("Screening " + id + " is " + status + ", not editable");
    }
  }

  private void requireSubmitted() {
    if (status != ScreeningStatus.SUBMITTED) {
      throw new IllegalStateException("Screening " + id + " is " + status + ", not submitted");
    }
  }

  public UUID id() {
    return id;
  }

  public UUID partnershipId() {
    return partnershipId;
  }

  public UUID childId() {
    return childId;
  }

  public UUID toolVersionId() {
    return toolVersionId;
  }

  public ScreeningStatus status() {
    return status;
  }

  public UUID authorUserId() {
    return authorUserId;
  }

  public @Nullable UUID teamId() {
    return teamId;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public @Nullable Instant submittedAt() {
    return submittedAt;
  }

  public @Nullable Integer score() {
    return score;
  }

  public @Nullable RiskLevel computedLevel() {
    return computedLevel;
  }

  public @Nullable RiskLevel judgedLevel() {
    return judgedLevel;
  }

  public @Nullable String judgementReason() {
    return judgementReason;
  }

  public @Nullable RiskLevel riskLevel() {
    return riskLevel;
  }

  public @Nullable LocalDate reviewDueOn() {
    return reviewDueOn;
  }

  public @Nullable UUID signedOffByUserId() {
    return signedOffByUserId;
  }

  public @Nullable Instant signedOffAt() {
    return signedOffAt;
  }

  public @Nullable UUID returnedByUserId() {
    return returnedByUserId;
  }

  public @Nullable Instant returnedAt() {
    return returnedAt;
  }

  public @Nullable String returnComments() {
    return returnComments;
  }

  public long version() {
    return version;
  }

  public Map<String, String> answers() {
    return Map.copyOf(answers);
  }

  @Override
  public UUID getId() {
    return id;
  }
}
