package org.lantern.notify;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.lantern.access.Directory;
import org.lantern.access.UserView;
import org.lantern.referral.Channel;
import org.lantern.referral.ConcernDecided;
import org.lantern.referral.ConcernSubmitted;
import org.lantern.referral.ReferralConfirmed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Who is told what as a concern moves. These run inside the transaction that moves the concern, so
 * the notice and the change are saved together or not at all.
 */
@Component
class ReferralNotices {

  private final Inbox inbox;
  private final Directory directory;
  private final CopySettings copies;

  ReferralNotices(Inbox inbox, Directory directory, CopySettings copies) {
    this.inbox = inbox;
    this.directory = directory;
    this.copies = copies;
  }

  /**
   * A concern naming an indicator in the copy rule ({@link CopySettings}) copies in its targets,
   * each person once however many indicators name them.
   */
  @EventListener
  void submitted(ConcernSubmitted event) {
    Set<UUID> copied = new LinkedHashSet<>();
    for (CopyTarget target : copies.targetsFor(event.indicators())) {
      people(event.partnershipId(), target).forEach(u -> copied.add(u.id()));
    }
    copied.forEach(
        person -> inbox.raise(person, NotificationKind.EXPLOITATION_COPY, event.concernId()));
    if (event.channel() == Channel.VERBAL && event.referrerUserId() != null) {
      inbox.raise(
          event.referrerUserId(), NotificationKind.CONFIRM_PHONE_REFERRAL, event.concernId());
    }
  }

  private List<UserView> people(UUID partnershipId, CopyTarget target) {
    if (target.team() == null) {
      return target.role() == null
          ? List.of()
          : directory.usersWithRole(partnershipId, target.role());
    }
    return directory.usersInTeamNamed(partnershipId, target.team()).stream()
        .filter(u -> target.role() == null || u.role() == target.role())
        .toList();
  }

  @EventListener
  void decided(ConcernDecided event) {
    if (event.referrerMayBeTold() && event.referrerUserId() != null) {
      inbox.raise(event.referrerUserId(), NotificationKind.REFERRAL_DECIDED, event.concernId());
    }
  }

  @EventListener
  void confirmed(ReferralConfirmed event) {
    if (event.alreadyDecided()) {
      inbox.raise(event.referrerUserId(), NotificationKind.REFERRAL_DECIDED, event.concernId());
    }
  }
}
