package org.lantern.referral;

import java.time.Clock;
import java.time.Instant;
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
import org.lantern.referral.data.Concern;
import org.lantern.referral.data.Concerns;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Concerns coming in: written by a practitioner, told to the front door by phone, or sent by a
 * partner system. Each is committed with its audit entry and its events before anyone is told it
 * was received; a repeat of the same submission returns the concern already made.
 */
@Service
public class ConcernSubmission {

  private final Concerns concerns;
  private final Children children;
  private final DescribedChildren described;
  private final AccessPolicy policy;
  private final Relationships relationships;
  private final Directory directory;
  private final ConcernReferences references;
  private final ConcernViews views;
  private final ReferralSettings settings;
  private final Adults adults;
  private final Clock clock;

  ConcernSubmission(
      Concerns concerns,
      Children children,
      DescribedChildren described,
      AccessPolicy policy,
      Relationships relationships,
      Directory directory,
      ConcernReferences references,
      ConcernViews views,
      ReferralSettings settings,
      Adults adults,
      Clock clock) {
    this.concerns = concerns;
    this.children = children;
    this.described = described;
    this.policy = policy;
    this.relationships = relationships;
    this.directory = directory;
    this.references = references;
    this.views = views;
    this.settings = settings;
    this.adults = adults;
    this.clock = clock;
  }

  /** The concern an earlier submission of the same form made, if there was one. */
  @Transactional(readOnly = true)
  public Optional<UUID> alreadySubmitted(CurrentUser user, String submissionToken) {
    return concerns
        .findBySubmissionToken(submissionToken)
        .filter(c -> user.id().equals(c.referrerUserId()) || user.id().equals(c.recordedByUserId()))
        .map(Concern::id);
  }

  /** The receipt for a concern this person just submitted or recorded. */
  @Transactional
  public ConcernRow receipt(CurrentUser user, UUID concernId) {
    Concern concern =
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

  /** A practitioner's own written concern. */
  @Transactional
  public UUID raise(
      CurrentUser user, ChildChoice choice, ConcernContent content, String submissionToken) {
    return raise(user, choice, content, submissionToken, List.of());
  }

  /**
   * A practitioner's own written concern naming the adults involved: each is linked to the child
   * (see {@link Adults#namedInConcern}) in the same transaction.
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
    Optional<UUID> earlier = sameForm(user, submissionToken, fingerprint);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    Chosen chosen =
        child(user, choice, Permission.RAISE_CONCERN, "raise a concern", user.displayName());
    ChildSummary child = chosen.child();
    Concern concern =
        save(
            chosen,
            new Concern.Draft(
                user.partnershipId(),
                child.id(),
                Channel.WRITTEN,
                user.id(),
                user.agencyId(),
                user.displayName(),
                contact(directory.user(user.id()).map(UserView::email).orElse(null)),
                null,
                content.whatHappened(),
                content.occurredOn(),
                content.location(),
                content.immediateDanger(),
                content.indicators(),
                null,
                null,
                fingerprint,
                submissionToken));
    relationships.link(child.id(), user.id(), RelationshipKind.REFERRER);
    adults.namedInConcern(user.partnershipId(), child.id(), concern.id(), adultsInvolved);
    return concern.id();
  }

  /**
   * A phone referral the front door records on the referrer's behalf. The referrer has the
   * configured time (48 hours) to confirm it in writing and hears nothing until they do.
   */
  @Transactional
  public UUID recordVerbal(
      CurrentUser frontDoor,
      UUID referrerUserId,
      @Nullable String referrerPhone,
      ChildChoice choice,
      ConcernContent content,
      String submissionToken) {
    return recordVerbal(
        frontDoor, referrerUserId, referrerPhone, choice, content, submissionToken, List.of());
  }

  /** A phone referral naming the adults involved, linked to the child as a written one's are. */
  @Transactional
  public UUID recordVerbal(
      CurrentUser frontDoor,
      UUID referrerUserId,
      @Nullable String referrerPhone,
      ChildChoice choice,
      ConcernContent content,
      String submissionToken,
      List<NamedAdult> adultsInvolved) {
    String fingerprint =
        Fingerprint.of(
            referrerUserId
                + "|"
                + referrerPhone
                + "|"
                + choice
                + "|"
                + content
                + (adultsInvolved.isEmpty() ? "" : adultsInvolved));
    Optional<UUID> earlier = sameForm(frontDoor, submissionToken, fingerprint);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    UserView referrer =
        directory
            .user(referrerUserId)
            .filter(u -> u.role().permits(Permission.RAISE_CONCERN))
            .filter(
                u ->
                    directory
                        .agency(u.agencyId())
                        .map(a -> a.partnershipId().equals(frontDoor.partnershipId()))
                        .orElse(false))
            .orElseThrow(UnknownReferrerException::new);
    Chosen chosen =
        child(
            frontDoor,
            choice,
            Permission.RECORD_VERBAL_REFERRAL,
            "record a phone referral",
            frontDoor.displayName());
    ChildSummary child = chosen.child();
    Concern concern =
        save(
            chosen,
            new Concern.Draft(
                frontDoor.partnershipId(),
                child.id(),
                Channel.VERBAL,
                referrer.id(),
                referrer.agencyId(),
                referrer.displayName(),
                contact(referrerPhone != null ? referrerPhone : referrer.email()),
                frontDoor.id(),
                content.whatHappened(),
                content.occurredOn(),
                content.location(),
                content.immediateDanger(),
                content.indicators(),
                null,
                null,
                fingerprint,
                submissionToken));
    adults.namedInConcern(frontDoor.partnershipId(), child.id(), concern.id(), adultsInvolved);
    return concern.id();
  }

  /**
   * A phone referral from someone without an account: a member of the public, a parent or carer, or
   * a professional. Only a professional owes written confirmation within 48 hours; nobody without
   * an account is told anything in Lantern (the front door tells them).
   */
  @Transactional
  public UUID recordVerbal(
      CurrentUser frontDoor,
      PhoneReferrer referrer,
      ChildChoice choice,
      ConcernContent content,
      String submissionToken,
      List<NamedAdult> adultsInvolved) {
    String fingerprint =
        Fingerprint.of(
            referrer
                + "|"
                + choice
                + "|"
                + content
                + (adultsInvolved.isEmpty() ? "" : adultsInvolved));
    Optional<UUID> earlier = sameForm(frontDoor, submissionToken, fingerprint);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    Chosen chosen =
        child(
            frontDoor,
            choice,
            Permission.RECORD_VERBAL_REFERRAL,
            "record a phone referral",
            frontDoor.displayName());
    ChildSummary child = chosen.child();
    Concern concern =
        save(
            chosen,
            new Concern.Draft(
                frontDoor.partnershipId(),
                child.id(),
                Channel.VERBAL,
                null,
                null,
                referrer.name(),
                contact(referrer.contact()),
                frontDoor.id(),
                content.whatHappened(),
                content.occurredOn(),
                content.location(),
                content.immediateDanger(),
                content.indicators(),
                null,
                null,
                fingerprint,
                submissionToken),
            c -> c.phonedBy(referrer.kind(), referrer.relationship(), referrer.agency()));
    adults.namedInConcern(frontDoor.partnershipId(), child.id(), concern.id(), adultsInvolved);
    return concern.id();
  }

  /**
   * The concern this form already made. The same form posted again with the same content (a double
   * click, a retry) is that concern; posted again with changes (after going back), it is refused
   * rather than silently dropped, so the person can decide what to do with their changes.
   */
  private Optional<UUID> sameForm(CurrentUser user, String submissionToken, String fingerprint) {
    Optional<Concern> earlier =
        concerns
            .findBySubmissionToken(submissionToken)
            .filter(
                c ->
                    user.id().equals(c.referrerUserId()) || user.id().equals(c.recordedByUserId()));
    if (earlier.isPresent() && !fingerprint.equals(earlier.get().payloadHash())) {
      throw new FormAlreadySubmittedException(earlier.get().id(), earlier.get().reference());
    }
    return earlier.map(Concern::id);
  }

  /** A contact detail as long as the concern can keep (an e-mail address can be longer). */
  private static @Nullable String contact(@Nullable String contact) {
    return contact == null || contact.length() > 300 ? null : contact;
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

  /** The referrer chosen for a phone referral is not someone in this partnership who refers. */
  public static class UnknownReferrerException extends RuntimeException {
    public UnknownReferrerException() {
      super("Unknown referrer");
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
    Optional<Concern> existing =
        concerns.findByPartnershipIdAndSourceSystemAndSourceId(
            system.user().partnershipId(), system.sourceSystem(), sourceId);
    if (existing.isPresent()) {
      Concern concern = existing.get();
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
    Concern concern =
        save(
            new Chosen(child, placed.descriptionId()),
            new Concern.Draft(
                user.partnershipId(),
                child.id(),
                Channel.PARTNER_SYSTEM,
                null,
                user.agencyId(),
                referrerName,
                referrerContact,
                null,
                content.whatHappened(),
                content.occurredOn(),
                content.location(),
                content.immediateDanger(),
                content.indicators(),
                system.sourceSystem(),
                sourceId,
                payloadHash,
                null));
    return new PartnerSubmission(concern.id(), concern.reference(), true);
  }

  /** The child a concern is about, and the referrer's description of them when they gave one. */
  private record Chosen(ChildSummary child, @Nullable UUID descriptionId) {}

  /**
   * The child chosen (a record joined into another since the form was opened is that other child),
   * or the child described, put on a known child or a new record by the one rule for descriptions
   * ({@link DescribedChildren#place}); then the access check for what the person is doing.
   */
  private Chosen child(
      CurrentUser user,
      ChildChoice choice,
      Permission permission,
      String purpose,
      String describedBy) {
    Chosen chosen;
    if (choice.existingChildId() != null) {
      chosen = new Chosen(children.summary(children.current(choice.existingChildId())), null);
    } else {
      DescribedChildren.Placed placed =
          described.place(user, describedBy, java.util.Objects.requireNonNull(choice.newChild()));
      chosen = new Chosen(placed.child(), placed.descriptionId());
    }
    ChildRef ref = chosen.child().ref();
    policy.require(user, permission, ref, RecordRef.child(ref.childId()), purpose);
    return chosen;
  }

  private Concern save(Chosen chosen, Concern.Draft draft) {
    return save(chosen, draft, c -> {});
  }

  private Concern save(
      Chosen chosen, Concern.Draft draft, java.util.function.Consumer<Concern> before) {
    Instant now = clock.instant();
    Concern concern =
        Concern.submit(draft, references.next(), now, now.plus(settings.confirmationWindow()));
    before.accept(concern);
    if (chosen.descriptionId() != null) {
      concern.describedAs(chosen.descriptionId());
    }
    return concerns.save(concern);
  }
}
