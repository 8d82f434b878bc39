package org.lantern.people;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccessPolicy;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditLog;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.access.Permission;
import org.lantern.access.RecordRef;
import org.lantern.access.UserView;
import org.lantern.people.data.DescriptionRows;
import org.lantern.people.data.PossibleMatchRows;
import org.lantern.platform.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * New records and the children each may already be, for the front door (and the coordinator) to
 * resolve: join them (the new record's concerns, episodes and everything else move to the child;
 * the record is kept as a pointer) or keep them apart (not asked again). Every pair shown, and
 * every decision, is checked by the access policy and audited.
 */
@Service
public class PossibleMatches {

  private static final Permission RESOLVE = Permission.RESOLVE_POSSIBLE_MATCH;

  private final PossibleMatchRows rows;
  private final DescriptionRows descriptions;
  private final Children children;
  private final DescriptionRule rule;
  private final ChildJoins joins;
  private final AccessPolicy policy;
  private final AuditLog audit;
  private final Directory directory;

  PossibleMatches(
      PossibleMatchRows rows,
      DescriptionRows descriptions,
      Children children,
      DescriptionRule rule,
      ChildJoins joins,
      AccessPolicy policy,
      AuditLog audit,
      Directory directory) {
    this.rows = rows;
    this.descriptions = descriptions;
    this.children = children;
    this.rule = rule;
    this.joins = joins;
    this.policy = policy;
    this.audit = audit;
    this.directory = directory;
  }

  /** Whether this person resolves possible matches at all: for links and navigation. */
  public boolean mayResolve(CurrentUser user) {
    return policy.roleAllows(user, RESOLVE);
  }

  /**
   * How many pairs wait in the person's partnership, for the navigation. Holds no personal data.
   */
  @Transactional(readOnly = true)
  public long waiting(CurrentUser user) {
    return mayResolve(user) ? rows.countOpen(user.partnershipId()) : 0;
  }

  /** Which of these children are part of a pair waiting for the front door. No personal data. */
  @Transactional(readOnly = true)
  public Set<UUID> waitingAmong(CurrentUser user, Collection<UUID> childIds) {
    return mayResolve(user) ? rows.withOpen(childIds) : Set.of();
  }

  /** Every pair waiting in the partnership, oldest first, audited once as a work list. */
  @Transactional
  public List<PossibleMatch> all(CurrentUser user) {
    requireRole(user);
    audit.record(
        user,
        AuditAction.VIEW_WORKLIST,
        null,
        new RecordRef("POSSIBLE_MATCHES", user.partnershipId().toString()),
        null,
        "possible matches");
    return views(rows.open(user.partnershipId()));
  }

  /**
   * The waiting pairs a child is part of, for the front door's view of a concern about them; empty
   * for anyone who does not resolve them. Showing each pair is checked and audited against the
   * other child (the caller has checked the child itself).
   */
  @Transactional
  public List<PossibleMatch> waitingFor(CurrentUser user, UUID childId, String purpose) {
    if (!mayResolve(user)) {
      return List.of();
    }
    List<PossibleMatchRows.Row> open = rows.openInvolving(childId);
    for (PossibleMatchRows.Row r : open) {
      UUID other = r.childId().equals(childId) ? r.candidateId() : r.childId();
      policy.require(
          user, RESOLVE, children.ref(other), RecordRef.of("POSSIBLE_MATCH", r.id()), purpose);
    }
    return views(open);
  }

  /** One pair, side by side; both children checked and audited. */
  @Transactional
  public PossibleMatch one(CurrentUser user, UUID id) {
    PossibleMatchRows.Row r = row(user, id);
    check(user, r, "compare a possible match");
    return views(List.of(r)).getFirst();
  }

  /**
   * The front door is sure they are the same child: the new record is joined into the other, with
   * everything on it. Refused ({@link JoinRefusedException}) when the new record holds what a join
   * does not carry over; {@link PossibleMatchChangedException} when the pair changed since {@code
   * version} was read.
   */
  @Transactional
  public void join(CurrentUser user, UUID id, long version, String reason) {
    PossibleMatchRows.Row r = row(user, id);
    check(user, r, "join a new record to the child it is");
    if (r.version() != version || !r.status().equals(PossibleMatchRows.OPEN)) {
      throw new PossibleMatchChangedException();
    }
    joins.join(user, r, reason);
  }

  /** The front door is sure they are different children: kept apart, not asked again. */
  @Transactional
  public void keepApart(CurrentUser user, UUID id, long version, String reason) {
    PossibleMatchRows.Row r = row(user, id);
    check(user, r, "keep two records apart");
    if (r.version() != version || !r.status().equals(PossibleMatchRows.OPEN)) {
      throw new PossibleMatchChangedException();
    }
    joins.keepApart(user, r, reason);
  }

  /** What a join of this pair would leave behind (empty when it can go ahead). */
  @Transactional(readOnly = true)
  public List<ChildJoinParticipant.Held> joinWouldLeave(CurrentUser user, UUID id) {
    PossibleMatchRows.Row r = row(user, id);
    return joins.cannotMove(r.childId(), r.candidateId());
  }

  private PossibleMatchRows.Row row(CurrentUser user, UUID id) {
    requireRole(user);
    return rows.find(id)
        .filter(r -> r.partnershipId().equals(user.partnershipId()))
        .orElseThrow(() -> new RecordNotFoundException("possible match", id));
  }

  private void check(CurrentUser user, PossibleMatchRows.Row r, String purpose) {
    RecordRef ref = RecordRef.of("POSSIBLE_MATCH", r.id());
    policy.require(user, RESOLVE, children.ref(r.childId()), ref, purpose);
    policy.require(user, RESOLVE, children.ref(r.candidateId()), ref, purpose);
  }

  /** Refuses, and audits the refusal, for anyone whose role does not resolve possible matches. */
  private void requireRole(CurrentUser user) {
    policy.requireRole(
        user, RESOLVE, new RecordRef("POSSIBLE_MATCHES", user.partnershipId().toString()));
  }

  private List<PossibleMatch> views(List<PossibleMatchRows.Row> found) {
    Set<UUID> childIds = new HashSet<>();
    Set<UUID> descriptionIds = new HashSet<>();
    Set<UUID> userIds = new HashSet<>();
    for (PossibleMatchRows.Row r : found) {
      childIds.add(r.childId());
      childIds.add(r.candidateId());
      if (r.descriptionId() != null) {
        descriptionIds.add(r.descriptionId());
      }
      if (r.decidedBy() != null) {
        userIds.add(r.decidedBy());
      }
    }
    Map<UUID, ChildSummary> kids = children.summaries(childIds);
    Map<UUID, ChildDescription> described = descriptions.find(descriptionIds);
    Map<UUID, UserView> users = directory.users(userIds);
    List<PossibleMatch> views = new ArrayList<>();
    for (PossibleMatchRows.Row r : found) {
      ChildSummary record = kids.get(r.childId());
      ChildSummary candidate = kids.get(r.candidateId());
      @Nullable UserView decidedBy = r.decidedBy() == null ? null : users.get(r.decidedBy());
      views.add(
          new PossibleMatch(
              r.id(),
              r.version(),
              record,
              candidate,
              rule.compare(record, candidate),
              r.descriptionId() == null ? null : described.get(r.descriptionId()),
              PossibleMatchStatus.valueOf(r.status()),
              r.createdAt(),
              decidedBy == null ? null : decidedBy.displayName(),
              r.decidedAt(),
              r.decidedReason()));
    }
    return views;
  }
}
