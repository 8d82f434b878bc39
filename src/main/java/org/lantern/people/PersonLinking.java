package org.lantern.people;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.lantern.access.AccessPolicy;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditLog;
import org.lantern.access.CurrentUser;
import org.lantern.access.Permission;
import org.lantern.access.RecordRef;
import org.lantern.people.data.PersonRecordRows;
import org.lantern.people.data.PersonRecordRows.Link;
import org.lantern.people.data.PersonRecordRows.Stored;
import org.lantern.people.linkage.Blocking;
import org.lantern.people.linkage.CandidateIndex;
import org.lantern.people.linkage.Explanation;
import org.lantern.people.linkage.LinkageThresholds;
import org.lantern.platform.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links person records and lets people confirm, reject or undo it. Pairs at or above the link
 * threshold are joined at once (unless they look like twins, share an NHS number and little else,
 * are one of two near-equal candidates, or would join records that contradict each other); those in
 * the band below, and those, wait for a reviewer; a rejected pair is never proposed again. Every
 * join and split keeps every record and is audited.
 */
@Service
public class PersonLinking {

  /** Where a pair stands. */
  public enum Status {
    LINKED,
    REVIEW,
    CONFIRMED,
    REJECTED
  }

  /** What a reviewer decides. */
  public enum Decision {
    CONFIRM,
    REJECT
  }

  /** How many pairs one linking run joined and sent for review. */
  public record Outcome(int linked, int forReview) {}

  /** A pair with both records and why the engine weighed it as it did. */
  /**
   * A pair with both records, why the engine weighed it as it did, and each record's fields set
   * aside on import (failing their checks; empty in the review queue).
   */
  public record Pair(
      Link link,
      Stored a,
      Stored b,
      Explanation explanation,
      List<PersonRecordRows.SetAsideField> setAsideA,
      List<PersonRecordRows.SetAsideField> setAsideB) {}

  private final PersonRecordRows rows;
  private final LinkWeighing weighing;
  private final AccessPolicy policy;
  private final AuditLog audit;
  private final Clock clock;
  private final LinkageThresholds thresholds = LinkageThresholds.defaults();
  private final JoinRules joinRules = new JoinRules(thresholds);

  PersonLinking(
      PersonRecordRows rows,
      LinkWeighing weighing,
      AccessPolicy policy,
      AuditLog audit,
      Clock clock) {
    this.rows = rows;
    this.weighing = weighing;
    this.policy = policy;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Two candidates of one record whose weights are within this of each other, and who are not one
   * person, make the match ambiguous: neither is linked without a person.
   */
  static final float AMBIGUOUS_WITHIN = 2f;

  /** A candidate pair found for a record, before it is stored. */
  record Proposal(int row, UUID other, float weight, boolean join) {}

  /**
   * The partnership's records weighed against these ones, in the caller's transaction. A pair at
   * the link threshold is joined unless it looks like twins or shares an NHS number and little else
   * (both go to review, the latter whatever its weight), unless another candidate of another person
   * weighs nearly as much (ambiguous: both to review), and unless joining would put into one person
   * records that contradict each other (see {@link #consistent}).
   */
  @Transactional
  public Outcome link(CurrentUser by, List<UUID> changed) {
    if (changed.isEmpty()) {
      return new Outcome(0, 0);
    }
    LinkWeighing.Weighing w = weighing.of(by.partnershipId());
    Map<String, Link> known = new HashMap<>();
    rows.links(by.partnershipId()).forEach(l -> known.put(key(l.recordA(), l.recordB()), l));
    Map<UUID, UUID> personOf = new HashMap<>();
    w.records().forEach(s -> personOf.put(s.id(), s.personId()));
    CandidateIndex candidates = new CandidateIndex(w.table(), Blocking.standard().rules());
    int linked = 0;
    int review = 0;
    for (UUID id : changed) {
      int i = w.rowOf().get(id);
      boolean lantern = LanternRecords.isLantern(w.records().get(i));
      List<Proposal> proposals = new ArrayList<>();
      for (int j : candidates.candidatesOf(i)) {
        if (lantern && LanternRecords.isLantern(w.records().get(j))) {
          // two of Lantern's own children are two records Lantern keeps apart: not proposed
          continue;
        }
        float weight = w.scorer().weight(i, j);
        UUID other = w.records().get(j).id();
        boolean clash = w.scorer().identifierClash(i, j);
        if (known.containsKey(key(id, other)) || (weight < thresholds.ask() && !clash)) {
          continue;
        }
        boolean join = weight >= thresholds.link() && w.scorer().mayLinkAutomatically(i, j);
        proposals.add(new Proposal(j, other, weight, join));
      }
      Set<UUID> ambiguous = joinRules.ambiguous(w, proposals, personOf, personOf.get(id));
      Set<Integer> generations = JoinRules.betweenGenerations(w, i, proposals);
      for (Proposal p : proposals) {
        UUID a = first(id, p.other());
        UUID b = a.equals(id) ? p.other() : id;
        boolean join =
            p.join()
                && !ambiguous.contains(personOf.get(p.other()))
                && !generations.contains(p.row())
                && joinRules.consistent(w, personOf, personOf.get(id), personOf.get(p.other()));
        UUID linkId = UUID.randomUUID();
        Status status = join ? Status.LINKED : Status.REVIEW;
        rows.insertLink(
            linkId, by.partnershipId(), a, b, p.weight(), status.name(), clock.instant());
        known.put(key(a, b), new Link(linkId, a, b, p.weight(), status.name(), null, null, 0));
        if (join) {
          join(by, linkId, personOf, a, b, AuditAction.LINK_PERSON_RECORDS);
          linked++;
        } else {
          review++;
        }
      }
    }
    return new Outcome(linked, review);
  }

  /** One pair side by side with its explanation; audited as seen. */
  @Transactional
  public Pair pair(CurrentUser by, UUID linkId) {
    policy.requireRole(by, Permission.REVIEW_PERSON_LINKS, RecordRef.of("PERSON_LINK", linkId));
    Link link =
        rows.link(by.partnershipId(), linkId)
            .orElseThrow(() -> new RecordNotFoundException("person link", linkId));
    audit.record(
        by,
        AuditAction.VIEW_PERSON_LINK,
        null,
        RecordRef.of("PERSON_LINK", linkId),
        "ROLE",
        "explain a pair");
    Pair pair = pair(weighing.of(by.partnershipId()), link);
    return new Pair(
        pair.link(),
        pair.a(),
        pair.b(),
        pair.explanation(),
        rows.setAside(pair.a().id()),
        rows.setAside(pair.b().id()));
  }

  /**
   * A reviewer's decision. Confirming joins the two records' people; rejecting a pair that was
   * joined splits them again (every record kept). Either way the pair is never proposed again.
   *
   * @throws PersonLinkChangedException when someone decided the pair since it was read
   */
  @Transactional
  public void decide(CurrentUser by, UUID linkId, long version, Decision decision) {
    policy.requireRole(by, Permission.REVIEW_PERSON_LINKS, RecordRef.of("PERSON_LINK", linkId));
    Link link =
        rows.link(by.partnershipId(), linkId)
            .orElseThrow(() -> new RecordNotFoundException("person link", linkId));
    Status next = decision == Decision.CONFIRM ? Status.CONFIRMED : Status.REJECTED;
    if (!rows.decide(linkId, version, next.name(), by.id(), clock.instant())) {
      throw new PersonLinkChangedException(linkId);
    }
    Map<UUID, UUID> personOf = new HashMap<>();
    rows.all(by.partnershipId()).forEach(s -> personOf.put(s.id(), s.personId()));
    if (decision == Decision.CONFIRM) {
      join(by, linkId, personOf, link.recordA(), link.recordB(), AuditAction.CONFIRM_PERSON_LINK);
    } else {
      split(by, link, personOf.get(link.recordA()));
    }
  }

  private void join(
      CurrentUser by, UUID linkId, Map<UUID, UUID> personOf, UUID a, UUID b, AuditAction action) {
    UUID into = personOf.get(a);
    UUID from = personOf.get(b);
    if (!into.equals(from)) {
      rows.mergePersons(from, into);
      personOf.replaceAll((record, person) -> person.equals(from) ? into : person);
    }
    audit.record(
        by,
        action,
        null,
        RecordRef.of("PERSON_LINK", linkId),
        "ROLE",
        "records " + a + " and " + b + " held to be one person " + into);
  }

  /** Regroups one person's records by the joins still standing. */
  private void split(CurrentUser by, Link rejected, UUID person) {
    List<Stored> members = rows.ofPerson(person);
    Map<UUID, UUID> parent = new HashMap<>();
    members.forEach(m -> parent.put(m.id(), m.id()));
    for (Link l : rows.links(by.partnershipId())) {
      boolean standing =
          l.status().equals(Status.LINKED.name()) || l.status().equals(Status.CONFIRMED.name());
      if (standing
          && !l.id().equals(rejected.id())
          && parent.containsKey(l.recordA())
          && parent.containsKey(l.recordB())) {
        parent.put(root(parent, l.recordA()), root(parent, l.recordB()));
      }
    }
    Map<UUID, List<UUID>> groups = new HashMap<>();
    for (Stored m : members) {
      groups.computeIfAbsent(root(parent, m.id()), k -> new ArrayList<>()).add(m.id());
    }
    for (List<UUID> group : groups.values()) {
      UUID id = group.contains(person) ? person : group.stream().sorted().findFirst().orElseThrow();
      rows.setPerson(group, id);
    }
    audit.record(
        by,
        AuditAction.REJECT_PERSON_LINK,
        null,
        RecordRef.of("PERSON_LINK", rejected.id()),
        "ROLE",
        "records " + rejected.recordA() + " and " + rejected.recordB() + " are not one person");
  }

  private static UUID root(Map<UUID, UUID> parent, UUID id) {
    UUID r = id;
    while (!parent.get(r).equals(r)) {
      r = parent.get(r);
    }
    return r;
  }

  private Pair pair(LinkWeighing.Weighing w, Link link) {
    int a = w.rowOf().get(link.recordA());
    int b = w.rowOf().get(link.recordB());
    return new Pair(
        link,
        w.records().get(a),
        w.records().get(b),
        w.scorer().explain(a, b),
        List.of(),
        List.of());
  }

  private static UUID first(UUID x, UUID y) {
    return x.compareTo(y) <= 0 ? x : y;
  }

  private static String key(UUID x, UUID y) {
    return first(x, y) + "/" + (first(x, y).equals(x) ? y : x);
  }
}
