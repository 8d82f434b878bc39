package org.lantern.people;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditLog;
import org.lantern.access.CurrentUser;
import org.lantern.access.RecordRef;
import org.lantern.access.Relationships;
import org.lantern.people.data.ChildEntity;
import org.lantern.people.data.ChildRecords;
import org.lantern.people.data.PossibleMatchRows;
import org.lantern.people.search.ChildIndex;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Joins a new record into the child it was found to be, in one transaction: every module moves what
 * it holds (concerns, missing episodes, links to adults, ...), the relationships move (a referrer
 * of the new record is now a referrer of the child), the person index holds the two records as one
 * person, the search index forgets the new record, and the new record is kept, pointing at the
 * child, so that links to it still lead somewhere. A module holding something it cannot carry over
 * refuses the join first, and nothing changes.
 */
@Component
class ChildJoins {

  private final ChildRecords records;
  private final List<ChildJoinParticipant> participants;
  private final Relationships relationships;
  private final PersonIndex personIndex;
  private final PossibleMatchRows possibleMatches;
  private final ChildIndex index;
  private final AuditLog audit;
  private final Clock clock;

  ChildJoins(
      ChildRecords records,
      List<ChildJoinParticipant> participants,
      Relationships relationships,
      PersonIndex personIndex,
      PossibleMatchRows possibleMatches,
      ChildIndex index,
      AuditLog audit,
      Clock clock) {
    this.records = records;
    this.participants = participants;
    this.relationships = relationships;
    this.personIndex = personIndex;
    this.possibleMatches = possibleMatches;
    this.index = index;
    this.audit = audit;
    this.clock = clock;
  }

  /** What a join would leave behind; empty when it can go ahead. */
  List<ChildJoinParticipant.Held> cannotMove(UUID from, UUID into) {
    return participants.stream().flatMap(p -> p.cannotMove(from, into).stream()).toList();
  }

  @Transactional
  void join(CurrentUser by, PossibleMatchRows.Row pair, String reason) {
    ChildEntity joined = records.findById(pair.childId()).orElseThrow();
    ChildEntity kept = records.findById(pair.candidateId()).orElseThrow();
    if (joined.mergedInto() != null || kept.mergedInto() != null) {
      throw new PossibleMatchChangedException();
    }
    List<ChildJoinParticipant.Held> held = cannotMove(joined.id(), kept.id());
    if (!held.isEmpty()) {
      throw new JoinRefusedException(held);
    }
    Instant now = clock.instant();
    if (!possibleMatches.decide(
        pair.id(), pair.version(), PossibleMatchStatus.JOINED.name(), by.id(), now, reason)) {
      throw new PossibleMatchChangedException();
    }
    for (ChildJoinParticipant p : participants) {
      p.moveAll(joined.id(), kept.id());
    }
    relationships.moveAll(joined.id(), kept.id());
    personIndex.childJoined(by.partnershipId(), joined.id(), kept.id());
    joined.mergeInto(kept.id(), now);
    records.saveAndFlush(joined);
    possibleMatches.afterJoin(joined.id(), kept.id(), by.id(), now, "joined into another record");
    index.removeAfterCommit(joined.id());
    index.indexAfterCommit(kept.summary());
    String why = purpose("joined record " + joined.id() + " into " + kept.id(), reason);
    audit.record(
        by, AuditAction.JOIN_CHILD_RECORDS, kept.id(), RecordRef.child(joined.id()), null, why);
    audit.record(
        by, AuditAction.JOIN_CHILD_RECORDS, joined.id(), RecordRef.child(kept.id()), null, why);
  }

  @Transactional
  void keepApart(CurrentUser by, PossibleMatchRows.Row pair, String reason) {
    if (!possibleMatches.decide(
        pair.id(),
        pair.version(),
        PossibleMatchStatus.KEPT_APART.name(),
        by.id(),
        clock.instant(),
        reason)) {
      throw new PossibleMatchChangedException();
    }
    String why =
        purpose("kept record " + pair.childId() + " apart from " + pair.candidateId(), reason);
    audit.record(
        by,
        AuditAction.KEEP_CHILD_RECORDS_APART,
        pair.childId(),
        RecordRef.child(pair.candidateId()),
        null,
        why);
    audit.record(
        by,
        AuditAction.KEEP_CHILD_RECORDS_APART,
        pair.candidateId(),
        RecordRef.child(pair.childId()),
        null,
        why);
  }

  /** What the audit log says: what was done, and the person's reason. */
  static String purpose(String what, String reason) {
    String text = what + ": " + reason;
    return text.length() > 2000 ? text.substring(0, 2000) : text;
  }
}
