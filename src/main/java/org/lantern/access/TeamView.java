package org.lantern.access;

import java.util.UUID;

/** A team within an agency. */
public record TeamView(UUID id, UUID agencyId, String name) {}
