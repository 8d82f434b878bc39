package org.lantern.referral;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccessPolicy;
import org.lantern.access.ChildRef;
import org.lantern.access.CurrentUser;
import org.lantern.access.Permission;
import org.lantern.access.RecordRef;
import org.lantern.people.ChildSummary;
import org.lantern.people.Children;
import org.lantern.people.DescribedChildren;
import org.lantern.referral.data.ConcernDraft;
import org.lantern.referral.data.ConcernEntity;
import org.lantern.referral.data.Concerns;
import org.springframework.stereotype.Component;

/**
 * What every way a concern comes in shares: a repeated form is the concern it already made, the
 * child is the one chosen or the one the description is placed on (by the one rule for
 * descriptions), the access check, and saving the concern with its reference and clocks.
 */
@Component
class ConcernIntake {

  private final Concerns concerns;
  private final Children children;
  private final DescribedChildren described;
  private final AccessPolicy policy;
  private final ConcernReferences references;
  private final ReferralSettings settings;
  private final Clock clock;

  ConcernIntake(
      Concerns concerns,
      Children children,
      DescribedChildren described,
      AccessPolicy policy,
      ConcernReferences references,
      ReferralSettings settings,
      Clock clock) {
    this.concerns = concerns;
    this.children = children;
    this.described = described;
    this.policy = policy;
    this.references = references;
    this.settings = settings;
    this.clock = clock;
  }

  /** The child a concern is about, and the referrer's description of them when they gave one. */
  record Chosen(ChildSummary child, @Nullable UUID descriptionId) {}

  /**
   * The concern this form already made. The same form posted again with the same content (a double
   * click, a retry) is that concern; posted again with changes (after going back), it is refused
   * rather than silently dropped, so the person can decide what to do with their changes.
   */
  Optional<UUID> sameForm(CurrentUser user, String submissionToken, String fingerprint) {
    Optional<ConcernEntity> earlier =
        concerns
            .findBySubmissionToken(submissionToken)
            .filter(
                c ->
                    user.id().equals(c.referrerUserId()) || user.id().equals(c.recordedByUserId()));
    if (earlier.isPresent() && !fingerprint.equals(earlier.get().payloadHash())) {
      throw new ConcernSubmission.FormAlreadySubmittedException(
          earlier.get().id(), earlier.get().reference());
    }
    return earlier.map(ConcernEntity::id);
  }

  /**
   * The child chosen (a record joined into another since the form was opened is that other child),
   * or the child described, put on a known child or a new record by the one rule for descriptions
   * ({@link DescribedChildren#place}); then the access check for what the person is doing.
   */
  Chosen child(
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
          described.place(user, describedBy, Objects.requireNonNull(choice.newChild()));
      chosen = new Chosen(placed.child(), placed.descriptionId());
    }
    ChildRef ref = chosen.child().ref();
    policy.require(user, permission, ref, RecordRef.child(ref.childId()), purpose);
    return chosen;
  }

  ConcernEntity save(Chosen chosen, ConcernDraft draft) {
    return save(chosen, draft, c -> {});
  }

  /** Saves the new concern; {@code before} sets what the draft does not carry. */
  ConcernEntity save(Chosen chosen, ConcernDraft draft, Consumer<ConcernEntity> before) {
    Instant now = clock.instant();
    ConcernEntity concern =
        ConcernEntity.submit(
            draft, references.next(), now, now.plus(settings.confirmationWindow()));
    before.accept(concern);
    if (chosen.descriptionId() != null) {
      concern.describedAs(chosen.descriptionId());
    }
    return concerns.save(concern);
  }

  /** A contact detail as long as the concern can keep (an e-mail address can be longer). */
  static @Nullable String contact(@Nullable String contact) {
    return contact == null || contact.length() > 300 ? null : contact;
  }
}
