package org.lantern.referral;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.access.Permission;
import org.lantern.access.UserView;
import org.lantern.intelligence.Adults;
import org.lantern.intelligence.NamedAdult;
import org.lantern.platform.Fingerprint;
import org.lantern.referral.data.ConcernDraft;
import org.lantern.referral.data.ConcernEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Concerns the front door takes by phone: from someone with a Lantern account, who has the
 * configured time (48 hours) to confirm in writing and hears nothing until they do, or from anyone
 * else — a member of the public, a parent or carer, a professional without an account.
 */
@Service
public class PhoneReferrals {

  private final ConcernIntake intake;
  private final Directory directory;
  private final Adults adults;

  PhoneReferrals(ConcernIntake intake, Directory directory, Adults adults) {
    this.intake = intake;
    this.directory = directory;
    this.adults = adults;
  }

  /** The referrer chosen for a phone referral is not someone in this partnership who refers. */
  public static class UnknownReferrerException extends RuntimeException {
    public UnknownReferrerException() {
      super("Unknown referrer");
    }
  }

  /**
   * A phone referral from a person with an account, naming the adults involved (linked to the child
   * as a written concern's are).
   */
  @Transactional
  public UUID fromAccount(
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
    Optional<UUID> earlier = intake.sameForm(frontDoor, submissionToken, fingerprint);
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
    ConcernIntake.Chosen chosen = chosen(frontDoor, choice);
    ConcernEntity concern =
        intake.save(
            chosen,
            ConcernDraft.of(
                frontDoor.partnershipId(),
                chosen.child().id(),
                ConcernDraft.From.phonedBy(
                    referrer.id(),
                    referrer.agencyId(),
                    referrer.displayName(),
                    ConcernIntake.contact(referrerPhone != null ? referrerPhone : referrer.email()),
                    frontDoor.id()),
                content,
                fingerprint,
                submissionToken));
    adults.namedInConcern(
        frontDoor.partnershipId(), chosen.child().id(), concern.id(), adultsInvolved);
    return concern.id();
  }

  /**
   * A phone referral from someone without an account. Only a professional owes written confirmation
   * within 48 hours; nobody without an account is told anything in Lantern (the front door tells
   * them).
   */
  @Transactional
  public UUID fromAnyone(
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
    Optional<UUID> earlier = intake.sameForm(frontDoor, submissionToken, fingerprint);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    ConcernIntake.Chosen chosen = chosen(frontDoor, choice);
    ConcernEntity concern =
        intake.save(
            chosen,
            ConcernDraft.of(
                frontDoor.partnershipId(),
                chosen.child().id(),
                ConcernDraft.From.phonedBy(
                    null,
                    null,
                    referrer.name(),
                    ConcernIntake.contact(referrer.contact()),
                    frontDoor.id()),
                content,
                fingerprint,
                submissionToken),
            c -> c.phonedBy(referrer.kind(), referrer.relationship(), referrer.agency()));
    adults.namedInConcern(
        frontDoor.partnershipId(), chosen.child().id(), concern.id(), adultsInvolved);
    return concern.id();
  }

  private ConcernIntake.Chosen chosen(CurrentUser frontDoor, ChildChoice choice) {
    return intake.child(
        frontDoor,
        choice,
        Permission.RECORD_VERBAL_REFERRAL,
        "record a phone referral",
        frontDoor.displayName());
  }
}
