package org.lantern.referral;

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
import org.lantern.people.RecordMoves;
import org.lantern.platform.RecordNotFoundException;
import org.lantern.referral.data.ConcernEntity;
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
  private final RecordMoves moves;
  private final AccessPolicy policy;
  private final Relationships relationships;
  private final Adults adults;
  private final AuditLog audit;

  ConcernMoves(
      Concerns concerns,
      ConcernViews views,
      RecordMoves moves,
      AccessPolicy policy,
      Relationships relationships,
      Adults adults,
      AuditLog audit) {
    this.concerns = concerns;
    this.views = views;
    this.moves = moves;
    this.policy = policy;
    this.relationships = relationships;
    this.adults = adults;
    this.audit = audit;
  }

  /**
   * What moving the concern can choose from (a new record only when the referrer described the
   * child).
   */
  public record Options(ConcernView concern, RecordMoves.Choices choices) {}

  /** Whether this person may move concerns at all: for links. */
  public boolean mayMove(CurrentUser user) {
    return policy.roleAllows(user, RESOLVE);
  }

  /** The choices for moving a concern; each child shown is checked and audited. */
  @Transactional
  public Options options(CurrentUser user, UUID concernId) {
    ConcernEntity concern = load(concernId);
    return new Options(
        views.of(concern),
        moves.choices(
            user,
            RESOLVE,
            concern.childId(),
            concern.descriptionId(),
            RecordRef.concern(concernId),
            "a concern"));
  }

  /**
   * Moves the concern to {@code toChild}, or (when null) to a new record made from the referrer's
   * description. Throws {@link ConcernChangedException} when the concern changed since {@code
   * version} was read. Returns the child it is on now.
   */
  @Transactional
  public UUID move(
      CurrentUser user, UUID concernId, long version, @Nullable UUID toChild, String reason) {
    ConcernEntity concern = load(concernId);
    UUID from = concern.childId();
    policy.require(
        user, RESOLVE, ConcernFiles.ref(concern), RecordRef.concern(concernId), "move a concern");
    if (concern.version() != version) {
      throw new ConcernChangedException(views.of(concern));
    }
    UUID to =
        moves.target(
            user,
            RESOLVE,
            from,
            toChild,
            concern.descriptionId(),
            null,
            RecordRef.concern(concernId),
            "a concern");
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
  private void moveReferrer(CurrentUser user, ConcernEntity concern, UUID from, UUID to) {
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
  static boolean givesReferrerAccess(ConcernEntity c) {
    return c.channel() == Channel.WRITTEN
        || (c.channel() == Channel.VERBAL && c.confirmedAt() != null);
  }

  private ConcernEntity load(UUID concernId) {
    return concerns
        .findById(concernId)
        .orElseThrow(() -> new RecordNotFoundException("concern", concernId));
  }

  private static String text(String s) {
    return s.length() > 2000 ? s.substring(0, 2000) : s;
  }
}
