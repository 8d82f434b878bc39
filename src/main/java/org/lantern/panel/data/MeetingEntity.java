package org.lantern.panel.data;

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
import org.lantern.panel.MeetingStatus;
import org.lantern.panel.PanelRuleException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * One meeting of a panel (of its whole area). Moves forward only: planned, agenda agreed, held
 * (minutes in draft), minutes approved (by the chair, once).
 */
@Entity
@Table(name = "panel_meeting")
public class MeetingEntity extends NewAware {

  @Id private UUID id;
  private UUID panelId;
  private UUID partnershipId;
  private LocalDate meetingOn;

  @Enumerated(EnumType.STRING)
  private MeetingStatus status;

  private @Nullable Instant agendaAgreedAt;
  private @Nullable Instant heldAt;
  private @Nullable UUID approvedByUserId;
  private @Nullable Instant approvedAt;
  private Instant createdAt;
  private Instant updatedAt;
  @Version private long version;

  protected MeetingEntity() {}

  public MeetingEntity(PanelEntity panel, LocalDate meetingOn, Instant now) {
    this.id = UUID.randomUUID();
    this.panelId = panel.id();
    this.partnershipId = panel.partnershipId();
    this.meetingOn = meetingOn;
    this.status = MeetingStatus.PLANNED;
    this.createdAt = now;
    this.updatedAt = now;
  }

  public void agreeAgenda(Instant now) {
    if (status != MeetingStatus.PLANNED) {
      throw new PanelRuleException("meeting", "panel.error.agendaAlreadyAgreed");
    }
    status = MeetingStatus.AGENDA_AGREED;
    agendaAgreedAt = now;
    updatedAt = now;
  }

  /** Minutes are being written: the meeting has taken place. */
  public void hold(Instant now) {
    if (status == MeetingStatus.MINUTES_APPROVED) {
      throw new PanelRuleException("meeting", "panel.error.minutesApproved");
    }
    if (status != MeetingStatus.HELD) {
      status = MeetingStatus.HELD;
      heldAt = now;
    }
    updatedAt = now;
  }

  public void approve(UUID chairUserId, Instant now) {
    if (status != MeetingStatus.HELD) {
      throw new PanelRuleException("meeting", "panel.error.notHeld");
    }
    status = MeetingStatus.MINUTES_APPROVED;
    approvedByUserId = chairUserId;
    approvedAt = now;
    updatedAt = now;
  }

  /** Refused unless children may still be added to or taken off the agenda. */
  public void requireAgendaOpen() {
    if (!status.agendaOpen()) {
      throw new PanelRuleException("meeting", "panel.error.agendaClosed");
    }
  }

  /**
   * Refused once the minutes are approved: then they change only by an amendment. {@code field} is
   * the form field the refusal is shown by.
   */
  public void requireDraftMinutes(String field) {
    if (status == MeetingStatus.MINUTES_APPROVED) {
      throw new PanelRuleException(field, "panel.error.minutesApproved");
    }
  }

  /**
   * Refused until minutes may be written: the agenda agreed, and the meeting day come ({@code
   * today} is the partnership's date now). Minutes are of a meeting that has taken place.
   */
  public void requireMinutesOpen(LocalDate today, String field) {
    if (status == MeetingStatus.PLANNED) {
      throw new PanelRuleException(field, "panel.error.agendaNotAgreed");
    }
    if (today.isBefore(meetingOn)) {
      throw new PanelRuleException(field, "panel.error.minutesNotOpen");
    }
  }

  /** Refused until the minutes are approved: only approved minutes are amended. */
  public void requireApprovedMinutes() {
    if (status != MeetingStatus.MINUTES_APPROVED) {
      throw new PanelRuleException("reason", "panel.error.notApproved");
    }
  }

  /** Refused when the meeting changed since the person saw it at {@code seen}. */
  public void requireVersion(long seen) {
    if (version != seen) {
      throw new ObjectOptimisticLockingFailureException(MeetingEntity.class, id);
    }
  }

  public void touch(Instant now) {
    updatedAt = now;
  }

  @Override
  public UUID getId() {
    return id;
  }

  public UUID id() {
    return id;
  }

  public UUID panelId() {
    return panelId;
  }

  public UUID partnershipId() {
    return partnershipId;
  }

  public LocalDate meetingOn() {
    return meetingOn;
  }

  public MeetingStatus status() {
    return status;
  }

  public @Nullable Instant agendaAgreedAt() {
    return agendaAgreedAt;
  }

  public @Nullable UUID approvedByUserId() {
    return approvedByUserId;
  }

  public @Nullable Instant approvedAt() {
    return approvedAt;
  }

  public long version() {
    return version;
  }
}
