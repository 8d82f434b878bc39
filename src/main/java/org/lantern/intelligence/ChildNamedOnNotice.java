package org.lantern.intelligence;

import java.util.UUID;

/** A child abduction warning notice naming the child was served, committed with this event. */
public record ChildNamedOnNotice(UUID noticeId, UUID partnershipId, UUID childId) {}
