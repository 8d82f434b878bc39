package org.lantern.access;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A partner agency. */
public record AgencyView(
    UUID id, UUID partnershipId, String name, AgencyKind kind, @Nullable UUID districtId) {}
