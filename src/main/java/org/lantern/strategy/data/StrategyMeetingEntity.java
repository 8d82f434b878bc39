package org.lantern.strategy.data;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.platform.NewRecord;
import org.lantern.strategy.MeetingDecision;
import org.lantern.strategy.MeetingKind;

/**
 * A strategy discussion or risk-management meeting about one child or several siblings: started
 * (with the date it is due by), then recorded as held with who was invited and took part, what is
 * known, the decision and its reasons, and the actions. Its rules are checked by {@code
 * strategy.ChildMeetings} before it changes.
 */
@Entity
@Table(name = "strategy_meeting")
public class StrategyMeetingEntity extends NewRecord {

  @Id private UUID id;
  private UUID partnershipId;

  @Enumerated(EnumType.STRING)
  private MeetingKind kind;

  private @Nullable UUID concernId;
  private Instant startedFrom;
  private LocalDate dueOn;
  private UUID startedByUserId;
  private Instant startedAt;
  private @Nullable Instant heldAt;
  private @Nullable String known;

  @Enumerated(EnumType.STRING)
  private @Nullable MeetingDecision decision;

  private @Nullable String reasons;
  private @Nullable LocalDate conferenceDueOn;
  private @Nullable LocalDate nextReviewOn;
  private @Nullable UUID recordedByUserId;
  private @Nullable UUID recordedByAgencyId;
  @Version private long version;

  @ElementCollection
  @CollectionTable(name = "strategy_meeting_child", joinColumns = @JoinColumn(name = "meeting_id"))
  @Column(name = "child_id")
  private Set<UUID> childIds = new LinkedHashSet<>();

  @ElementCollection
  @CollectionTable(name = "strategy_participant", joinColumns = @JoinColumn(name = "meeting_id"))
  private List<Participant> participants = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "strategy_action", joinColumns = @JoinColumn(name = "meeting_id"))
  @OrderColumn(name = "position")
  private List<MeetingAction> actions = new ArrayList<>();

  protected StrategyMeetingEntity() {}

  /** How a meeting is started. */
  public record Start(
      UUID partnershipId,
      MeetingKind kind,
      Set<UUID> childIds,
      @Nullable UUID concernId,
      Instant startedFrom,
      LocalDate dueOn) {}

  public StrategyMeetingEntity(Start s, UUID startedBy, Instant startedAt) {
    this.id = UUID.randomUUID();
    this.partnershipId = s.partnershipId();
    this.kind = s.kind();
    this.childIds = new LinkedHashSet<>(s.childIds());
    this.concernId = s.concernId();
    this.startedFrom = s.startedFrom();
    this.dueOn = s.dueOn();
    this.startedByUserId = startedBy;
    this.startedAt = startedAt;
  }

  /** What the meeting recorded. */
  public record Held(
      Instant heldAt,
      String known,
      MeetingDecision decision,
      String reasons,
      @Nullable LocalDate conferenceDueOn,
      @Nullable LocalDate nextReviewOn,
      List<Participant> participants,
      List<MeetingAction> actions) {}

  /** Records (or corrects) what the meeting held, by whom. */
  public void record(Held h, UUID by, UUID byAgency) {
    this.heldAt = h.heldAt();
    this.known = h.known();
    this.decision = h.decision();
    this.reasons = h.reasons();
    this.conferenceDueOn = h.conferenceDueOn();
    this.nextReviewOn = h.nextReviewOn();
    this.participants.clear();
    this.participants.addAll(h.participants());
    this.actions.clear();
    this.actions.addAll(h.actions());
    this.recordedByUserId = by;
    this.recordedByAgencyId = byAgency;
  }

  public void moveChild(UUID from, UUID into) {
    if (childIds.remove(from)) {
      childIds.add(into);
    }
  }

  /** Whether the person was invited (and so may see the meeting as an attendee). */
  public boolean invited(UUID userId) {
    return participants.stream().anyMatch(p -> p.userId().equals(userId));
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

  public MeetingKind kind() {
    return kind;
  }

  public @Nullable UUID concernId() {
    return concernId;
  }

  public Instant startedFrom() {
    return startedFrom;
  }

  public LocalDate dueOn() {
    return dueOn;
  }

  public UUID startedByUserId() {
    return startedByUserId;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public @Nullable Instant heldAt() {
    return heldAt;
  }

  public boolean isHeld() {
    return heldAt != null;
  }

  public @Nullable String known() {
    return known;
  }

  public @Nullable MeetingDecision decision() {
    return decision;
  }

  public @Nullable String reasons() {
    return reasons;
  }

  public @Nullable LocalDate conferenceDueOn() {
    return conferenceDueOn;
  }

  public @Nullable LocalDate nextReviewOn() {
    return nextReviewOn;
  }

  public @Nullable UUID recordedByUserId() {
    return recordedByUserId;
  }

  public @Nullable UUID recordedByAgencyId() {
    return recordedByAgencyId;
  }

  public long version() {
    return version;
  }

  public Set<UUID> childIds() {
    return Set.copyOf(childIds);
  }

  public List<Participant> participants() {
    return List.copyOf(participants);
  }

  public List<MeetingAction> actions() {
    return List.copyOf(actions);
  }
}
