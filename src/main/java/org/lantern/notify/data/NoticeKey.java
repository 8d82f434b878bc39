package org.lantern.notify.data;

import java.time.Instant;
import java.util.UUID;
import org.lantern.notify.NotificationKind;

/**
 * A notice by id, the concern it is about, its kind and when it came: what an inbox search matches
 * and a sort by kind or child orders before the page shown is read whole.
 */
public record NoticeKey(UUID id, UUID concernId, NotificationKind kind, Instant createdAt) {}
