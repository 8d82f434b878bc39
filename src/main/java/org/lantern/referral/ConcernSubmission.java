package org.lantern.referral;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccessPolicy;
import org.lantern.access.ChildRef;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.access.PartnerSystem;
import org.lantern.access.Permission;
import org.lantern.access.RecordRef;
import org.lantern.access.RecordRule;
import org.lantern.access.RelationshipKind;
import org.lantern.access.Relationships;
import org.lantern.access.UserView;
import org.lantern.intelligence.Adults;
import org.lantern.intelligence.NamedAdult;
import org.lantern.people.ChildSummary;
import org.lantern.people.Children;
import org.lantern.people.DescribedChildren;
import org.lantern.people.NewChild;
import org.lantern.platform.Fingerprint;
import org.lantern.platform.RecordNotFoundException;
import org.lantern.referral.data.ConcernDraft;
import org.lantern.referral.data.ConcernEntity;
import org.lantern.referral.data.Concerns;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Concerns coming in written by a practitioner or sent by a partner system (phone referrals are
 * {@link PhoneReferrals}). Each is committed with its audit entry and its events before anyone is
 * told it was received; a repeat of the same submission returns the concern already made.
 */
@Service
public class ConcernSubmission {

  private final ConcernIntake intake;
  private final Concerns concerns;
  private final Children children;
  private final DescribedChildren described;
  private final AccessPolicy policy;
  private final Relationships relationships;
  private final Directory directory;
  private final ConcernViews views;
  private final Adults adults;

  ConcernSubmission(
      ConcernIntake intake,
      Concerns concerns,
      Children children,
      DescribedChildren described,
      AccessPolicy policy,
      Relationships relationships,
      Directory directory,
      ConcernViews views,
      Adults adults) {
    this.intake = intake;
    this.concerns = concerns;
    this.children = children;
    this.described = described;
    this.policy = policy;
    this.relationships = relationships;
    this.directory = directory;
    this.views = views;
    this.adults = adults;
  }

  /** The concern an earlier submission of the same form made, if there was one. */
  @Transactional(readOnly = true)
  public Optional<UUID> alreadySubmitted(CurrentUser user, String submissionToken) {
    return concerns
        .findBySubmissionToken(submissionToken)
        .filter(c -> user.id().equals(c.referrerUserId()) || user.id().equals(c.recordedByUserId()))
        .map(ConcernEntity::id);
  }

  /** The receipt for a concern this person just submitted or recorded. */
  @Transactional
  public ConcernRow receipt(CurrentUser user, UUID concernId) {
    ConcernEntity concern =
        concerns
            .findById(concernId)
            .orElseThrow(() -> new RecordNotFoundException("concern", concernId));
    policy.requireRole(
        user,
        Permission.VIEW_OWN_REFERRAL,
        RecordRef.concern(concernId),
        RecordRule.hidden(
            user.id().equals(concern.referrerUserId())
                || user.id().equals(concern.recordedByUserId()),
            "NOT_REFERRER"));
    policy.require(
        user,
        Permission.VIEW_OWN_REFERRAL,
        new ChildRef(concern.childId(), concern.partnershipId()),
        RecordRef.concern(concernId),
        "submission receipt");
    return new ConcernRow(views.of(concern), children.summary(concern.childId()));
  }

  /**
   * A practitioner's own written concern, naming the adults involved if any: each is linked to the
   * child (see {@link Adults#namedInConcern}) in the same transaction.
   */
  @Transactional
  public UUID raise(
      CurrentUser user,
      ChildChoice choice,
      ConcernContent content,
      String submissionToken,
      List<NamedAdult> adultsInvolved) {
    String fingerprint =
        Fingerprint.of(choice + "|" + content + (adultsInvolved.isEmpty() ? "" : adultsInvolved));
    Optional<UUID> earlier = intake.sameForm(user, submissionToken, fingerprint);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    ConcernIntake.Chosen chosen =
        intake.child(user, choice, Permission.RAISE_CONCERN, "raise a concern", user.displayName());
    ChildSummary child = chosen.child();
    ConcernEntity concern =
        intake.save(
            chosen,
            ConcernDraft.of(
                user.partnershipId(),
                child.id(),
                ConcernDraft.From.writtenBy(
                    user.id(),
                    user.agencyId(),
                    user.displayName(),
                    ConcernIntake.contact(
                        directory.user(user.id()).map(UserView::email).orElse(null))),
                content,
                fingerprint,
                submissionToken));
    relationships.link(child.id(), user.id(), RelationshipKind.REFERRER);
    adults.namedInConcern(user.partnershipId(), child.id(), concern.id(), adultsInvolved);
    return concern.id();
  }

  /** This form already made a concern, and was posted again with different content. */
  public static class FormAlreadySubmittedException extends RuntimeException {
    private final UUID concernId;
    private final String reference;

    public FormAlreadySubmittedException(UUID concernId, String reference) {
      super("Form already submitted as " + reference);
      this.concernId = concernId;
      this.reference = reference;
    }

    public UUID concernId() {
      return concernId;
    }

    public String reference() {
      return reference;
    }
  }

  /** The result of a partner system's submission: the concern, and whether this call made it. */
  public record PartnerSubmission(UUID concernId, String reference, boolean created) {}

  /** Thrown when a source id is reused for a different concern. */
  public static class SourceIdReusedException extends RuntimeException {
    public SourceIdReusedException(String sourceId) {
      super("Source id " + sourceId + " was already used for a different concern");
    }
  }

  /** A concern from a partner system: idempotent by (source system, source id). */
  @Transactional
  public PartnerSubmission submitFromPartner(
      PartnerSystem system,
      String sourceId,
      String payloadHash,
      NewChild described,
      String referrerName,
      @Nullable String referrerContact,
      ConcernContent content) {
    Optional<ConcernEntity> existing =
        concerns.findByPartnershipIdAndSourceSystemAndSourceId(
            system.user().partnershipId(), system.sourceSystem(), sourceId);
    if (existing.isPresent()) {
      ConcernEntity concern = existing.get();
      if (!payloadHash.equals(concern.payloadHash())) {
        throw new SourceIdReusedException(sourceId);
      }
      return new PartnerSubmission(concern.id(), concern.reference(), false);
    }
    CurrentUser user = system.user();
    DescribedChildren.Placed placed = this.described.place(user, system.sourceSystem(), described);
    ChildSummary child = placed.child();
    policy.require(
        user,
        Permission.RAISE_CONCERN,
        child.ref(),
        RecordRef.child(child.id()),
        "concern from " + system.sourceSystem());
    ConcernEntity concern =
        intake.save(
            new ConcernIntake.Chosen(child, placed.descriptionId()),
            ConcernDraft.of(
                    user.partnershipId(),
                    child.id(),
                    ConcernDraft.From.partnerSystem(user.agencyId(), referrerName, referrerContact),
                    content,
                    payloadHash,
                    null)
                .sentAs(system.sourceSystem(), sourceId));
    return new PartnerSubmission(concern.id(), concern.reference(), true);
  }
}
