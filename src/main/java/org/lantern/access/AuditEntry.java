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
    @Nullable String personName,
    boolean reading) {

  /**
   * The words for what was done: a read of a record under a permission to change it says what was
   * opened ("Opened a return interview"), not what the permission allows ("Recorded ...").
   */
  public String messageKey() {
    if (reading) {
      String read = action.readKey();
      return read != null ? read : "auditRead.ANY";
    }
    return action.messageKey();
  }

  public enum Outcome {
    ALLOWED,
    REFUSED
  }
}
