package org.lantern.referral.data;

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
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.referral.Channel;
import org.lantern.referral.ConcernDecided;
import org.lantern.referral.ConcernStatus;
import org.lantern.referral.ConcernSubmitted;
import org.lantern.referral.ReferralConfirmed;
import org.lantern.referral.ReferrerKind;
import org.lantern.referral.RiskIndicator;
import org.lantern.referral.ThresholdDecision;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.domain.Persistable;

/**
 * A concern about a child. Guards its own path: submitted once, confirmed in writing once (phone
 * referrals only), decided once. Each step records the event other modules react to.
 */
@Entity
@Table(name = "concern")
public class ConcernEntity extends AbstractAggregateRoot<ConcernEntity>
    implements Persistable<UUID> {

  @Id private UUID id;
  private UUID partnershipId;
  private String reference;
  private UUID childId;

  @Enumerated(EnumType.STRING)
  private Channel channel;

  private @Nullable UUID referrerUserId;
  private @Nullable UUID referrerAgencyId;
  private String referrerName;

  @Enumerated(EnumType.STRING)
  private @Nullable ReferrerKind referrerKind;

  private @Nullable String referrerRelationship;

  @Column(name = "referrer_agency_name")
  private @Nullable String referrerAgencyText;

  private @Nullable String referrerContact;
  private @Nullable UUID recordedByUserId;
  private String whatHappened;
  private @Nullable LocalDate occurredOn;
  private @Nullable String location;
  private boolean immediateDanger;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "concern_indicator", joinColumns = @JoinColumn(name = "concern_id"))
  @Column(name = "indicator")
  @Enumerated(EnumType.STRING)
  private Set<RiskIndicator> indicators = EnumSet.noneOf(RiskIndicator.class);

  private Instant submittedAt;
  private @Nullable Instant confirmationDueAt;
  private @Nullable Instant confirmedAt;
  private @Nullable UUID confirmedByUserId;
  private @Nullable String writtenAccount;

  @Enumerated(EnumType.STRING)
  private ConcernStatus status;

  @Enumerated(EnumType.STRING)
  private @Nullable ThresholdDecision decision;

  private @Nullable String decisionReasons;
  private @Nullable UUID decidedByUserId;
  private @Nullable Instant decidedAt;
  private @Nullable String sourceSystem;
  private @Nullable String sourceId;
  private @Nullable String payloadHash;
  private @Nullable String submissionToken;
  private @Nullable UUID descriptionId;
  @Version private long version;
  @Transient private boolean isNew = true;

  protected ConcernEntity() {}

  public static ConcernEntity submit(
      ConcernDraft draft, String reference, Instant now, @Nullable Instant confirmationDueAt) {
    ConcernEntity c = new ConcernEntity();
    c.id = UUID.randomUUID();
    c.partnershipId = draft.partnershipId();
    c.reference = reference;
    c.childId = draft.childId();
    c.channel = draft.channel();
    c.referrerUserId = draft.referrerUserId();
    c.referrerAgencyId = draft.referrerAgencyId();
    c.referrerName = draft.referrerName();
    c.referrerContact = draft.referrerContact();
    c.recordedByUserId = draft.recordedByUserId();
    c.whatHappened = draft.whatHappened();
    c.occurredOn = draft.occurredOn();
    c.location = draft.location();
    c.immediateDanger = draft.immediateDanger();
    c.indicators =
        draft.indicators().isEmpty()
            ? EnumSet.noneOf(RiskIndicator.class)
            : EnumSet.copyOf(draft.indicators());
    c.submittedAt = now;
    c.confirmationDueAt = draft.channel() == Channel.VERBAL ? confirmationDueAt : null;
    c.status = ConcernStatus.NEW;
    c.sourceSystem = draft.sourceSystem();
    c.sourceId = draft.sourceId();
    c.payloadHash = draft.payloadHash();
    c.submissionToken = draft.submissionToken();
    c.registerEvent(
        new ConcernSubmitted(
            c.id,
            c.partnershipId,
            c.childId,
            c.channel,
            c.referrerUserId,
            Set.copyOf(c.indicators)));
    return c;
  }

  /**
   * Who phoned, when they have no account: who they are to the child and their agency, if any. Set
   * once, as the concern is submitted; only a professional owes written confirmation, so the others
   * have no confirmation clock.
   */
  public void phonedBy(ReferrerKind kind, String relationship, @Nullable String agency) {
    if (!isNew || channel != Channel.VERBAL || referrerUserId != null) {
      throw new IllegalStateException("Concern " + reference + " is not a new phone referral");
    }
    this.referrerKind = kind;
    this.referrerRelationship = relationship;
    this.referrerAgencyText = agency;
    if (!kind.owesConfirmation()) {
      this.confirmationDueAt = null;
    }
  }

  public @Nullable ReferrerKind referrerKind() {
    return referrerKind;
  }

  public @Nullable String referrerRelationship() {
    return referrerRelationship;
  }

  public @Nullable String referrerAgencyText() {
    return referrerAgencyText;
  }

  /**
   * Keeps, with a concern about a child the referrer described, the description as they gave it
   * (held by the people module): set once, as the concern is submitted.
   */
  public void describedAs(UUID descriptionId) {
    if (!isNew || this.descriptionId != null) {
      throw new IllegalStateException("Concern " + reference + " already has its description");
    }
    this.descriptionId = descriptionId;
  }

  /**
   * Moves the concern to the child it is really about (the front door undoing a wrong join). Its
   * content, its decision and its clocks are the concern's, and stay.
   */
  public void moveTo(UUID childId) {
    if (childId.equals(this.childId)) {
      throw new IllegalArgumentException("Concern " + reference + " is already on that child");
    }
    this.childId = childId;
  }

  /** Records the threshold decision. A concern is decided once. */
  public void decide(
      ThresholdDecision decision, String reasons, UUID by, Instant now, @Nullable UUID teamId) {
    if (status == ConcernStatus.DECIDED) {
      throw new IllegalStateException("Concern " + reference + " is already decided");
    }
    this.status = ConcernStatus.DECIDED;
    this.decision = decision;
    this.decisionReasons = reasons;
    this.decidedByUserId = by;
    this.decidedAt = now;
    registerEvent(
        new ConcernDecided(
            id,
            partnershipId,
            childId,
            referrerUserId,
            decision,
            reasons,
            by,
            now,
            teamId,
            !awaitingConfirmation()));
  }

  /** Records the referrer's written confirmation of a phone referral. Once. */
  public void confirmInWriting(UUID by, String account, Instant now) {
    if (!awaitingConfirmation()) {
      throw new IllegalStateException("Concern " + reference + " needs no written confirmation");
    }
    this.confirmedAt = now;
    this.confirmedByUserId = by;
    this.writtenAccount = account;
    if (referrerUserId != null) {
      registerEvent(new ReferralConfirmed(id, referrerUserId, status == ConcernStatus.DECIDED));
    }
  }

  public boolean awaitingConfirmation() {
    return channel == Channel.VERBAL
        && confirmedAt == null
        && (referrerKind == null || referrerKind.owesConfirmation());
  }

  public UUID id() {
    return id;
  }

  public UUID partnershipId() {
    return partnershipId;
  }

  public String reference() {
    return reference;
  }

  public UUID childId() {
    return childId;
  }

  /** The child as the referrer described them, when they did (held by the people module). */
  public @Nullable UUID descriptionId() {
    return descriptionId;
  }

  public Channel channel() {
    return channel;
  }

  public @Nullable UUID referrerUserId() {
    return referrerUserId;
  }

  public @Nullable UUID referrerAgencyId() {
    return referrerAgencyId;
  }

  public String referrerName() {
    return referrerName;
  }

  public @Nullable String referrerContact() {
    return referrerContact;
  }

  public @Nullable UUID recordedByUserId() {
    return recordedByUserId;
  }

  public String whatHappened() {
    return whatHappened;
  }

  public @Nullable LocalDate occurredOn() {
    return occurredOn;
  }

  public @Nullable String location() {
    return location;
  }

  public boolean immediateDanger() {
    return immediateDanger;
  }

  public Set<RiskIndicator> indicators() {
    return indicators;
  }

  public Instant submittedAt() {
    return submittedAt;
  }

  public @Nullable Instant confirmationDueAt() {
    return confirmationDueAt;
  }

  public @Nullable Instant confirmedAt() {
    return confirmedAt;
  }

  public @Nullable UUID confirmedByUserId() {
    return confirmedByUserId;
  }

  public @Nullable String writtenAccount() {
    return writtenAccount;
  }

  public ConcernStatus status() {
    return status;
  }

  public @Nullable ThresholdDecision decision() {
    return decision;
  }

  public @Nullable String decisionReasons() {
    return decisionReasons;
  }

  public @Nullable UUID decidedByUserId() {
    return decidedByUserId;
  }

  public @Nullable Instant decidedAt() {
    return decidedAt;
  }

  public @Nullable String sourceSystem() {
    return sourceSystem;
  }

  public @Nullable String sourceId() {
    return sourceId;
  }

  public @Nullable String payloadHash() {
    return payloadHash;
  }

  public long version() {
    return version;
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
  void markStored() {
    isNew = false;
  }
}
