package org.lantern.access;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AuditEntry.Outcome;
import org.lantern.access.audit.AuditEvents;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only record of who did what to whose record, when and why. An allowed action is
 * written in the same transaction as the work it records (so neither exists without the other); a
 * refusal is written in its own transaction, because the refused work rolls back.
 */
@Service
public class AuditLog {

  private final AuditEvents events;
  private final Clock clock;

  AuditLog(AuditEvents events, Clock clock) {
    this.events = events;
    this.clock = clock;
  }

  /** Records an action that happened, inside the caller's transaction. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void record(
      CurrentUser user,
      AuditAction action,
      @Nullable UUID childId,
      RecordRef record,
      @Nullable String basis,
      @Nullable String purpose) {
    events.append(entry(user, action, childId, record, Outcome.ALLOWED, basis, purpose));
  }

  /** Records a refusal; committed even though the caller's work is about to roll back. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void recordRefusal(
      CurrentUser user,
      AuditAction action,
      @Nullable UUID childId,
      RecordRef record,
      String basis,
      @Nullable String purpose) {
    events.append(entry(user, action, childId, record, Outcome.REFUSED, basis, purpose));
  }

  @Transactional(readOnly = true)
  public List<AuditEntry> forChild(UUID childId) {
    return events.forChild(childId);
  }

  /**
   * Everything audited about one record of the partnership that is not a child's (an adult of
   * concern: {@code ADULT}), newest first: who looked at it or acted on it.
   */
  @Transactional(readOnly = true)
  public List<AuditEntry> forRecord(UUID partnershipId, String type, String id) {
    return events.forRecord(partnershipId, type, id);
  }

  /** Streams a partnership's audit for [from, to) to the consumer, oldest first. */
  @Transactional(readOnly = true)
  public void forPartnership(
      UUID partnershipId, Instant from, Instant to, Consumer<AuditEntry> consumer) {
    events.forPartnership(partnershipId, from, to, consumer);
  }

  private AuditEvents.NewEvent entry(
      CurrentUser user,
      AuditAction action,
      @Nullable UUID childId,
      RecordRef record,
      Outcome outcome,
      @Nullable String basis,
      @Nullable String purpose) {
    return new AuditEvents.NewEvent(
        clock.instant(),
        user.partnershipId(),
        user.id(),
        user.username(),
        user.agencyName(),
        childId,
        record.type(),
        record.id(),
        action,
        outcome,
        basis,
        purpose == null ? null : truncate(purpose, 2000));
  }

  private static String truncate(String value, int max) {
    return value.length() <= max ? value : value.substring(0, max);
  }
}
