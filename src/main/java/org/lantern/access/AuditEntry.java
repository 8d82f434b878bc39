package org.lantern.access;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One row of the audit log, as read back. */
public record AuditEntry(
    long id,
    Instant occurredAt,
    @Nullable UUID userId,
    String username,
    @Nullable String agencyName,
    @Nullable UUID childId,
    String recordType,
    @Nullable String recordId,
    AuditAction action,
    Outcome outcome,
    @Nullable String basis,
    @Nullable String purpose,
    @Nullable String personName) {

  public enum Outcome {
    ALLOWED,
    REFUSED
  }
}
