package org.lantern.notify;

import java.util.UUID;

/** Why someone is told something, and where it takes them. */
public enum NotificationKind {
  /** A concern names sexual or criminal exploitation: the coordinator is copied in. */
  EXPLOITATION_COPY("/concerns/%s"),
  /** The front door recorded a phone referral from this person: confirm it in writing. */
  CONFIRM_PHONE_REFERRAL("/referrals/%s/confirm"),
  /** The front door decided on this person's referral. */
  REFERRAL_DECIDED("/referrals/%s"),
  /**
   * A team manager allocated a child to this person: the concern the child was routed on (the
   * allocated worker may open it, and the child's record from it).
   */
  CASE_ALLOCATED("/concerns/%s");

  private final String link;

  NotificationKind(String link) {
    this.link = link;
  }

  public String linkTo(UUID concernId) {
    return link.formatted(concernId);
  }

  public String messageKey() {
    return "notification." + name();
  }
}
