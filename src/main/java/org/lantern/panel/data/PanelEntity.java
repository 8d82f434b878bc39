package org.lantern.panel.data;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A district's panel: its chair, member agencies and schedule. */
@Entity
@Table(name = "panel")
public class PanelEntity extends NewAware {

  @Id private UUID id;
  private UUID partnershipId;
  private UUID districtId;
  private @Nullable UUID chairUserId;
  private int intervalMonths;
  private @Nullable LocalDate nextMeetingOn;
  private Instant createdAt;
  private Instant updatedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "panel_member_agency", joinColumns = @JoinColumn(name = "panel_id"))
  @Column(name = "agency_id")
  private Set<UUID> memberAgencies = new LinkedHashSet<>();

  @Version private long version;

  protected PanelEntity() {}

  public PanelEntity(UUID partnershipId, UUID districtId, int intervalMonths, Instant now) {
    this.id = UUID.randomUUID();
    this.partnershipId = partnershipId;
    this.districtId = districtId;
    this.intervalMonths = intervalMonths;
    this.createdAt = now;
    this.updatedAt = now;
  }

  public void configure(
      @Nullable UUID chairUserId,
      Collection<UUID> agencies,
      int intervalMonths,
      @Nullable LocalDate nextMeetingOn,
      Instant now) {
    this.chairUserId = chairUserId;
    this.memberAgencies.clear();
    this.memberAgencies.addAll(agencies);
    this.intervalMonths = intervalMonths;
    this.nextMeetingOn = nextMeetingOn;
    this.updatedAt = now;
  }

  /** After a meeting on {@code held}: the next one is the interval later, unless already set. */
  public void scheduleAfter(LocalDate held, Instant now) {
    if (nextMeetingOn == null || !nextMeetingOn.isAfter(held)) {
      nextMeetingOn = held.plusMonths(intervalMonths);
      updatedAt = now;
    }
  }

  /**
   * A meeting was planned on {@code on}: it becomes the next meeting unless a nearer one (not yet
   * past) is already set.
   */
  public void planned(LocalDate on, LocalDate today, Instant now) {
    if (nextMeetingOn == null || nextMeetingOn.isBefore(today) || on.isBefore(nextMeetingOn)) {
      nextMeetingOn = on;
      updatedAt = now;
    }
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

  public UUID districtId() {
    return districtId;
  }

  public @Nullable UUID chairUserId() {
    return chairUserId;
  }

  public int intervalMonths() {
    return intervalMonths;
  }

  public @Nullable LocalDate nextMeetingOn() {
    return nextMeetingOn;
  }

  public Set<UUID> memberAgencies() {
    return Set.copyOf(memberAgencies);
  }

  public long version() {
    return version;
  }
}
