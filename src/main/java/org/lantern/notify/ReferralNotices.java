package org.lantern.notify;

import org.lantern.access.Directory;
import org.lantern.access.Role;
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

  ReferralNotices(Inbox inbox, Directory directory) {
    this.inbox = inbox;
    this.directory = directory;
  }

  @EventListener
  void submitted(ConcernSubmitted event) {
    if (event.namesExploitation()) {
      directory
          .usersWithRole(event.partnershipId(), Role.EXPLOITATION_COORDINATOR)
          .forEach(
              coordinator ->
                  inbox.raise(
                      coordinator.id(), NotificationKind.EXPLOITATION_COPY, event.concernId()));
    }
    if (event.channel() == Channel.VERBAL && event.referrerUserId() != null) {
      inbox.raise(
          event.referrerUserId(), NotificationKind.CONFIRM_PHONE_REFERRAL, event.concernId());
    }
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
