package org.lantern.access;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AuditEntry.Outcome;
import org.lantern.access.audit.AuditEvents;
import org.lantern.platform.ListSearch;
import org.lantern.platform.ListSort;
import org.lantern.platform.Paged;
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
    events.append(entry(user, action, childId, record, Outcome.ALLOWED, basis, purpose, false));
  }

  /**
   * As {@link #record}, for a permission used only to read a record (opening a return interview
   * under the permission to record one): the log says "Opened ...", not "Recorded ...".
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void recordRead(
      CurrentUser user,
      AuditAction action,
      @Nullable UUID childId,
      RecordRef record,
      @Nullable String basis,
      @Nullable String purpose) {
    events.append(entry(user, action, childId, record, Outcome.ALLOWED, basis, purpose, true));
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
    events.append(entry(user, action, childId, record, Outcome.REFUSED, basis, purpose, false));
  }

  /**
   * Records a refusal of someone Lantern has no account for (a single sign-on by a person it does
   * not know), in its own transaction, by the name the identity provider gave: for the partnership
   * whose mapping matched them, or for none when nothing says whose they would be (such rows are
   * kept as long as the longest of the partnerships' audit retention: {@link AuditErasure}).
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void recordStrangerRefusal(
      @Nullable UUID partnershipId,
      String name,
      @Nullable String agencyName,
      AuditAction action,
      RecordRef record,
      String basis,
      @Nullable String purpose) {
    events.append(
        new AuditEvents.NewEvent(
            clock.instant(),
            partnershipId,
            null,
            truncate(name, 100),
            agencyName,
            null,
            record.type(),
            record.id(),
            action,
            Outcome.REFUSED,
            basis,
            purpose == null ? null : truncate(purpose, 2000),
            false));
  }

  /** As {@link #recordRefusal}, of a read (see {@link #recordRead}). */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void recordRefusedRead(
      CurrentUser user,
      AuditAction action,
      @Nullable UUID childId,
      RecordRef record,
      String basis,
      @Nullable String purpose) {
    events.append(entry(user, action, childId, record, Outcome.REFUSED, basis, purpose, true));
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

  /** What a page of a child's audit shows: who (part of a name, username or agency), refusals. */
  public record ChildQuery(
      int page, @Nullable String search, boolean refusedOnly, boolean oldestFirst) {

    public static ChildQuery all() {
      return new ChildQuery(1, null, false, false);
    }

    public boolean filtered() {
      return !ListSearch.of(search).isBlank() || refusedOnly;
    }

    /** The order as a sort of the "When" column ({@code sort=when} is oldest first). */
    public ListSort sort() {
      return new ListSort("when", !oldestFirst, oldestFirst);
    }

    /** Whether the address asks for oldest first ({@code sort=when}); newest first otherwise. */
    public static boolean oldestFirst(@Nullable String sort) {
      return !ListSort.of(sort, Set.of("when"), "when", true).descending();
    }
  }

  /** How many rows a page of a child's audit shows. */
  public static final int CHILD_PAGE_SIZE = 50;

  /**
   * One page of who has looked at a child's record and what they did, read with LIMIT and OFFSET;
   * the caller has asked the access policy.
   */
  @Transactional(readOnly = true)
  public Paged<AuditEntry> forChild(UUID childId, ChildQuery query) {
    ListSearch search = ListSearch.of(query.search());
    AuditEvents.ChildFilter filter =
        new AuditEvents.ChildFilter(
            query.refusedOnly(), search.isBlank() ? null : search.likePattern());
    long matching = events.countForChild(childId, filter);
    int page = Paged.clamp(query.page(), CHILD_PAGE_SIZE, matching);
    List<AuditEntry> rows =
        matching == 0
            ? List.of()
            : events.pageForChild(
                childId,
                filter,
                query.oldestFirst(),
                (page - 1) * CHILD_PAGE_SIZE,
                CHILD_PAGE_SIZE);
    return new Paged<>(rows, page, CHILD_PAGE_SIZE, matching);
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
      @Nullable String purpose,
      boolean reading) {
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
        purpose == null ? null : truncate(purpose, 2000),
        reading);
  }

  private static String truncate(String value, int max) {
    return value.length() <= max ? value : value.substring(0, max);
  }
}
