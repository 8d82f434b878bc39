package org.lantern.notify;

import java.util.UUID;

/** A notification was raised; e-mail follows after commit, retried if sending fails. */
public record NotificationRaised(UUID notificationId) {}
