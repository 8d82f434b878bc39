package org.lantern.governance;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.governance.SubjectRecordSource.SubjectRecord;

/**
 * Everything Lantern holds about one person, as exported for a subject access request: every
 * module's records, and who looked at them (from the audit log), with other people's names and
 * identifiers redacted unless the officer kept them.
 */
public record SubjectAccessExport(
    UUID subjectId,
    String subjectName,
    Instant exportedAt,
    String exportedBy,
    boolean othersKept,
    List<SubjectRecord> records,
    List<Look> looks) {

  /** Placed where another person's name or identifier was. */
  public static final String REDACTED = "[redacted: another person]";

  /** One time someone looked at or acted on the subject's records. */
  public record Look(
      Instant at, String who, @Nullable String agency, String action, String outcome) {}
}
