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

/**
 * A panel and the area it covers: its name, its districts (one or more; a district is in one area
 * at most), its chair, member agencies and schedule.
 */
@Entity
@Table(name = "panel")
public class PanelEntity extends NewAware {

  @Id private UUID id;
  private UUID partnershipId;
  private String name;
  private @Nullable UUID chairUserId;
  private int intervalMonths;
  private @Nullable LocalDate nextMeetingOn;
  private Instant createdAt;
  private Instant updatedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "panel_member_agency", joinColumns = @JoinColumn(name = "panel_id"))
  @Column(name = "agency_id")
  private Set<UUID> memberAgencies = new LinkedHashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "panel_district", joinColumns = @JoinColumn(name = "panel_id"))
  @Column(name = "district_id")
  private Set<UUID> districtIds = new LinkedHashSet<>();

  @Version private long version;

  protected PanelEntity() {}

  public PanelEntity(
      UUID partnershipId,
      String name,
      Collection<UUID> districtIds,
      int intervalMonths,
      Instant now) {
    this.id = UUID.randomUUID();
    this.partnershipId = partnershipId;
    this.name = name;
    this.districtIds.addAll(districtIds);
    this.intervalMonths = intervalMonths;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** The area's name and districts (the service checks no district is in another area). */
  public void cover(String name, Collection<UUID> districtIds, Instant now) {
    this.name = name;
    this.districtIds.clear();
    this.districtIds.addAll(districtIds);
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

  public String name() {
    return name;
  }

  /** The districts of the panel's area. */
  public Set<UUID> districtIds() {
    return Set.copyOf(districtIds);
  }

  public boolean covers(@Nullable UUID districtId) {
    return districtId != null && districtIds.contains(districtId);
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
