package org.lantern.notify.data;

import java.util.UUID;

/** A notice by id and the concern it is about: what an inbox search matches before reading rows. */
public record NoticeKey(UUID id, UUID concernId) {}
