package org.lantern.missing.data;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.missing.EpisodeDetails;
import org.lantern.missing.InterviewStatus;
import org.lantern.missing.MissingFrom;
import org.lantern.missing.RiskGrading;
import org.springframework.data.domain.Persistable;

/**
 * A missing episode and its return interview. Guards its own rules: a return is never before the
 * child went missing, and the interview is recorded only once the child has returned.
 */
@Entity
@Table(name = "missing_episode")
public class MissingEpisodeEntity implements Persistable<UUID> {

  @Id private UUID id;
  private UUID partnershipId;
  private UUID childId;
  private @Nullable UUID districtId;
  private String policeReference;

  @Enumerated(EnumType.STRING)
  private MissingFrom missingFrom;

  private Instant missingAt;
  private @Nullable String missingLocation;
  private @Nullable Instant returnedAt;
  private @Nullable String returnedLocation;
  private @Nullable String foundWith;

  @Enumerated(EnumType.STRING)
  private RiskGrading riskGrading;

  private @Nullable UUID recordedByUserId;
  private UUID recordedByAgencyId;
  private @Nullable String sourceSystem;
  private Instant recordedAt;
  private Instant updatedAt;

  @Enumerated(EnumType.STRING)
  private InterviewStatus interviewStatus;

  private @Nullable Instant interviewOfferedAt;
  private @Nullable Instant interviewCompletedAt;
  private @Nullable UUID interviewedByUserId;
  private @Nullable String interviewedByName;
  private @Nullable String interviewPeople;
  private @Nullable String interviewPlaces;
  private @Nullable String interviewNotes;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "missing_episode_factor", joinColumns = @JoinColumn(name = "episode_id"))
  @Column(name = "factor")
  private Set<String> factors = new LinkedHashSet<>();

  private @Nullable UUID descriptionId;
  @Version private long version;

  @Transient private boolean isNew;

  protected MissingEpisodeEntity() {}

  /** A new episode: who recorded it, for which child. */
  public static MissingEpisodeEntity notify(
      UUID partnershipId,
      @Nullable UUID districtId,
      EpisodeDetails details,
      @Nullable UUID recordedByUserId,
      UUID recordedByAgencyId,
      @Nullable String sourceSystem,
      Instant now) {
    MissingEpisodeEntity e = new MissingEpisodeEntity();
    e.id = UUID.randomUUID();
    e.isNew = true;
    e.partnershipId = partnershipId;
    e.districtId = districtId;
    e.childId = details.childId();
    e.policeReference = details.policeReference();
    e.recordedByUserId = recordedByUserId;
    e.recordedByAgencyId = recordedByAgencyId;
    e.sourceSystem = sourceSystem;
    e.recordedAt = now;
    e.interviewStatus = InterviewStatus.NOT_DUE;
    e.apply(details, now);
    return e;
  }

  /**
   * The same notification sent again, or a later one for the same reference (the return): its
   * details replace what was held, except that a return once recorded is not taken away by a
   * re-sent notification that lacks it.
   */
  public void update(EpisodeDetails details, Instant now) {
    if (!details.childId().equals(childId)) {
      throw new IllegalArgumentException("A police reference belongs to one child");
    }
    apply(details, now);
  }

  private void apply(EpisodeDetails d, Instant now) {
    Instant returned = d.returnedAt() != null ? d.returnedAt() : returnedAt;
    if (returned != null && returned.isBefore(d.missingAt())) {
      throw new IllegalArgumentException("A child cannot return before they went missing");
    }
    missingFrom = d.missingFrom();
    missingAt = d.missingAt();
    missingLocation = d.missingLocation();
    if (d.returnedAt() != null) {
      returnedAt = d.returnedAt();
      returnedLocation = d.returnedLocation();
      foundWith = d.foundWith();
    } else if (returnedAt == null) {
      foundWith = d.foundWith();
    }
    riskGrading = d.riskGrading();
    updatedAt = now;
    if (missingFrom.isEducation()) {
      // Missing from school: no statutory return interview (unless one was already offered).
      if (interviewStatus == InterviewStatus.NOT_DUE
          || interviewStatus == InterviewStatus.TO_OFFER) {
        interviewStatus = InterviewStatus.NOT_STATUTORY;
      }
    } else if (interviewStatus == InterviewStatus.NOT_STATUTORY) {
      // Corrected to missing from home or care: the interview is due after all.
      interviewStatus = InterviewStatus.NOT_DUE;
    }
    if (returnedAt != null && interviewStatus == InterviewStatus.NOT_DUE) {
      interviewStatus = InterviewStatus.TO_OFFER;
    }
  }

  /** The interview is offered to the child (and their carer). */
  public void offerInterview(UUID byUserId, String byName, Instant at) {
    requireOpen();
    interviewStatus = InterviewStatus.OFFERED;
    interviewOfferedAt = at;
    interviewedByUserId = byUserId;
    interviewedByName = byName;
  }

  /** The child declined the interview. */
  public void declineInterview(UUID byUserId, String byName, Instant at) {
    requireOpen();
    if (interviewOfferedAt == null) {
      interviewOfferedAt = at;
    }
    interviewStatus = InterviewStatus.DECLINED;
    interviewCompletedAt = at;
    interviewedByUserId = byUserId;
    interviewedByName = byName;
  }

  /** The interview took place at {@code at}; what the child said is recorded. */
  public void completeInterview(
      UUID byUserId,
      String byName,
      Instant at,
      Set<String> factorCodes,
      @Nullable String people,
      @Nullable String places,
      @Nullable String notes) {
    requireOpen();
    if (returnedAt == null || at.isBefore(returnedAt)) {
      throw new IllegalArgumentException("An interview takes place after the return");
    }
    if (interviewOfferedAt == null) {
      interviewOfferedAt = at;
    }
    interviewStatus = InterviewStatus.COMPLETED;
    interviewCompletedAt = at;
    interviewedByUserId = byUserId;
    interviewedByName = byName;
    factors = new LinkedHashSet<>(factorCodes);
    interviewPeople = people;
    interviewPlaces = places;
    interviewNotes = notes;
  }

  private void requireOpen() {
    if (!interviewStatus.open()) {
      throw new InterviewClosedException(interviewStatus);
    }
  }

  /** The interview was already completed or declined (by someone else, perhaps). */
  public static class InterviewClosedException extends RuntimeException {
    public InterviewClosedException(InterviewStatus status) {
      super("The interview is already " + status);
    }
  }

  /** When the interview is due: the configured window after the return, weekends included. */
  public @Nullable Instant interviewDueAt(Duration window) {
    return returnedAt == null ? null : returnedAt.plus(window);
  }

  /** The end of the episode for overlap checks: still missing runs on for ever. */
  public Instant endOrFarFuture() {
    return returnedAt == null ? Instant.MAX : returnedAt;
  }

  @Override
  public UUID getId() {
    return id;
  }

  @Override
  public boolean isNew() {
    return isNew;
  }

  @PostLoad
  @PostPersist
  void markNotNew() {
    isNew = false;
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

  /** The child as the police described them, when they did (held by the people module). */
  public @Nullable UUID descriptionId() {
    return descriptionId;
  }

  /** Keeps the description of the child that the first notification gave. Once. */
  public void describedAs(UUID descriptionId) {
    if (this.descriptionId != null) {
      throw new IllegalStateException(
          "Episode " + policeReference + " already has its description");
    }
    this.descriptionId = descriptionId;
  }

  /**
   * Moves the episode to the child it is really about (the front door undoing a wrong join, or
   * joining a new record to the child it is). Everything else about the episode stays.
   */
  public void moveTo(UUID childId, Instant now) {
    if (childId.equals(this.childId)) {
      throw new IllegalArgumentException(
          "Episode " + policeReference + " is already on that child");
    }
    this.childId = childId;
    this.updatedAt = now;
  }

  public @Nullable UUID districtId() {
    return districtId;
  }

  public @Nullable UUID interviewedByUserId() {
    return interviewedByUserId;
  }

  public String policeReference() {
    return policeReference;
  }

  public MissingFrom missingFrom() {
    return missingFrom;
  }

  public Instant missingAt() {
    return missingAt;
  }

  public @Nullable String missingLocation() {
    return missingLocation;
  }

  public @Nullable Instant returnedAt() {
    return returnedAt;
  }

  public @Nullable String returnedLocation() {
    return returnedLocation;
  }

  public @Nullable String foundWith() {
    return foundWith;
  }

  public RiskGrading riskGrading() {
    return riskGrading;
  }

  public @Nullable UUID recordedByUserId() {
    return recordedByUserId;
  }

  public UUID recordedByAgencyId() {
    return recordedByAgencyId;
  }

  public @Nullable String sourceSystem() {
    return sourceSystem;
  }

  public Instant recordedAt() {
    return recordedAt;
  }

  public InterviewStatus interviewStatus() {
    return interviewStatus;
  }

  public @Nullable Instant interviewOfferedAt() {
    return interviewOfferedAt;
  }

  public @Nullable Instant interviewCompletedAt() {
    return interviewCompletedAt;
  }

  public @Nullable String interviewedByName() {
    return interviewedByName;
  }

  public @Nullable String interviewPeople() {
    return interviewPeople;
  }

  public @Nullable String interviewPlaces() {
    return interviewPlaces;
  }

  public @Nullable String interviewNotes() {
    return interviewNotes;
  }

  public Set<String> factors() {
    return Set.copyOf(factors);
  }

  public long version() {
    return version;
  }
}
