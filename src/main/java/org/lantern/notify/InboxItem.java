package org.lantern.notify;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.referral.ConcernView;

/** One inbox entry with the concern it is about and the child's name. */
public record InboxItem(
    UUID id,
    NotificationKind kind,
    Instant createdAt,
    @Nullable Instant readAt,
    ConcernView concern,
    String childName) {

  public boolean unread() {
    return readAt == null;
  }
}
