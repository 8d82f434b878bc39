package org.lantern.referral;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccessPolicy;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditLog;
import org.lantern.access.CurrentUser;
import org.lantern.access.Permission;
import org.lantern.access.RecordRef;
import org.lantern.access.RelationshipKind;
import org.lantern.access.Relationships;
import org.lantern.intelligence.Adults;
import org.lantern.intelligence.LinkSource;
import org.lantern.people.ChildComparison;
import org.lantern.people.ChildDescription;
import org.lantern.people.ChildSummary;
import org.lantern.people.Children;
import org.lantern.people.DescribedChildren;
import org.lantern.platform.RecordNotFoundException;
import org.lantern.referral.data.Concern;
import org.lantern.referral.data.Concerns;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The front door undoing a wrong join: a concern put on the wrong child moves to the right one — a
 * child Lantern knows, or a new record made from what the referrer described. The access the
 * concern gave its referrer goes with it: their relationship with the wrong child ends (unless
 * another of their concerns about that child gives it), and they have one with the right child.
 * Checked, audited on both children, in one transaction; the chronologies follow the concern.
 */
@Service
public class ConcernMoves {

  private static final Permission RESOLVE = Permission.RESOLVE_POSSIBLE_MATCH;

  private final Concerns concerns;
  private final ConcernViews views;
  private final Children children;
  private final DescribedChildren described;
  private final AccessPolicy policy;
  private final Relationships relationships;
  private final Adults adults;
  private final AuditLog audit;

  ConcernMoves(
      Concerns concerns,
      ConcernViews views,
      Children children,
      DescribedChildren described,
      AccessPolicy policy,
      Relationships relationships,
      Adults adults,
      AuditLog audit) {
    this.concerns = concerns;
    this.views = views;
    this.children = children;
    this.described = described;
    this.policy = policy;
    this.relationships = relationships;
    this.adults = adults;
    this.audit = audit;
  }

  /** A child the concern could move to, and how the referrer's description compares with them. */
  public record Option(ChildSummary child, @Nullable ChildComparison comparison) {}

  /**
   * What moving the concern can choose from: the child it is on, the children the referrer's
   * description may be, and (when the referrer described the child) a new record.
   */
  public record Options(
      ConcernView concern,
      ChildSummary current,
      @Nullable ChildDescription description,
      @Nullable ChildComparison currentComparison,
      List<Option> candidates) {

    public boolean mayMakeNewRecord() {
      return description != null;
    }
  }

  /** Whether this person may move concerns at all: for links. */
  public boolean mayMove(CurrentUser user) {
    return policy.roleAllows(user, RESOLVE);
  }

  /** The choices for moving a concern; each child shown is checked and audited. */
  @Transactional
  public Options options(CurrentUser user, UUID concernId) {
    Concern concern = load(concernId);
    policy.require(
        user,
        RESOLVE,
        ConcernFiles.ref(concern),
        RecordRef.concern(concernId),
        "move a concern: the child it is on");
    ChildDescription description =
        concern.descriptionId() == null
            ? null
            : described.description(concern.descriptionId()).orElse(null);
    List<Option> candidates = new ArrayList<>();
    if (description != null) {
      for (UUID id : described.candidatesFor(description.id(), concern.childId())) {
        policy.require(
            user,
            RESOLVE,
            children.ref(id),
            RecordRef.concern(concernId),
            "move a concern: a child it may be about");
        candidates.add(new Option(children.summary(id), described.compare(description, id)));
      }
    }
    return new Options(
        views.of(concern),
        children.summary(concern.childId()),
        description,
        description == null ? null : described.compare(description, concern.childId()),
        candidates);
  }

  /**
   * Moves the concern to {@code toChild}, or (when null) to a new record made from the referrer's
   * description. Throws {@link ConcernChangedException} when the concern changed since {@code
   * version} was read. Returns the child it is on now.
   */
  @Transactional
  public UUID move(
      CurrentUser user, UUID concernId, long version, @Nullable UUID toChild, String reason) {
    Concern concern = load(concernId);
    UUID from = concern.childId();
    policy.require(
        user, RESOLVE, ConcernFiles.ref(concern), RecordRef.concern(concernId), "move a concern");
    if (concern.version() != version) {
      throw new ConcernChangedException(views.of(concern));
    }
    UUID to;
    if (toChild == null) {
      UUID descriptionId = concern.descriptionId();
      if (descriptionId == null) {
        throw new IllegalArgumentException("No description to make a new record from");
      }
      to = described.newRecordFrom(user, descriptionId, null).id();
    } else {
      to = children.current(toChild);
    }
    if (to.equals(from)) {
      throw new IllegalArgumentException("The concern is already on that child");
    }
    policy.require(
        user, RESOLVE, children.ref(to), RecordRef.concern(concernId), "move a concern here");
    concern.moveTo(to);
    concerns.saveAndFlush(concern);
    adults.moveSource(LinkSource.CONCERN, concernId, to);
    moveReferrer(user, concern, from, to);
    String why = "concern " + concern.reference() + " moved from " + from + " to " + to;
    String purpose = text(why + ": " + reason);
    audit.record(
        user, AuditAction.MOVE_TO_ANOTHER_CHILD, from, RecordRef.concern(concernId), null, purpose);
    audit.record(
        user, AuditAction.MOVE_TO_ANOTHER_CHILD, to, RecordRef.concern(concernId), null, purpose);
    return to;
  }

  /**
   * The referrer's access follows their concern: ended on the wrong child unless another of their
   * concerns about that child gives it, given on the right one. A phone referral not yet confirmed
   * in writing gave none yet (it will, on the right child, when confirmed).
   */
  private void moveReferrer(CurrentUser user, Concern concern, UUID from, UUID to) {
    UUID referrer = concern.referrerUserId();
    if (referrer == null || !givesReferrerAccess(concern)) {
      return;
    }
    boolean otherBasis =
        concerns.findByChildIdOrderBySubmittedAtAscIdAsc(from).stream()
            .anyMatch(
                c ->
                    !c.id().equals(concern.id())
                        && referrer.equals(c.referrerUserId())
                        && givesReferrerAccess(c));
    if (!otherBasis && relationships.end(from, referrer, RelationshipKind.REFERRER)) {
      audit.record(
          user,
          AuditAction.END_RELATIONSHIP,
          from,
          RecordRef.of("USER", referrer),
          RelationshipKind.REFERRER.name(),
          "the referrer's concern " + concern.reference() + " moved to another child");
    }
    relationships.link(to, referrer, RelationshipKind.REFERRER);
  }

  /** A written concern, or a phone referral confirmed in writing, makes its referrer a referrer. */
  static boolean givesReferrerAccess(Concern c) {
    return c.channel() == Channel.WRITTEN
        || (c.channel() == Channel.VERBAL && c.confirmedAt() != null);
  }

  private Concern load(UUID concernId) {
    return concerns
        .findById(concernId)
        .orElseThrow(() -> new RecordNotFoundException("concern", concernId));
  }

  private static String text(String s) {
    return s.length() > 2000 ? s.substring(0, 2000) : s;
  }
}
