package org.lantern.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.lantern.platform.LanternTime;
import org.lantern.platform.Texts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The audit log of a partnership for a date range, as CSV, for information governance. */
@Service
public class AuditExport {

  static final String[] HEADERS = {
    "id",
    "occurred_at",
    "username",
    "agency",
    "child_id",
    "record_type",
    "record_id",
    "action",
    "outcome",
    "basis",
    "purpose"
  };

  private final AuditLog audit;
  private final AccessPolicy policy;

  AuditExport(AuditLog audit, AccessPolicy policy) {
    this.audit = audit;
    this.policy = policy;
  }

  /** Writes every entry from the start of {@code from} to the end of {@code to}, UK time. */
  @Transactional
  public void writeCsv(CurrentUser user, LocalDate from, LocalDate to, Writer out) {
    RecordRef log = new RecordRef("AUDIT_LOG", from + "/" + to);
    policy.requireRole(user, Permission.EXPORT_AUDIT_LOG, log);
    Instant start = from.atStartOfDay(LanternTime.ZONE).toInstant();
    Instant end = to.plusDays(1).atStartOfDay(LanternTime.ZONE).toInstant();
    audit.record(user, AuditAction.AUDIT_EXPORTED, null, log, null, "audit export");
    try {
      CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(HEADERS).get().print(out);
      audit.forPartnership(
          user.partnershipId(),
          start,
          end,
          e -> {
            try {
              csv.printRecord(
                  e.id(),
                  e.occurredAt().toString(),
                  Texts.spreadsheetSafe(e.username()),
                  Texts.spreadsheetSafe(e.agencyName()),
                  e.childId(),
                  Texts.spreadsheetSafe(e.recordType()),
                  Texts.spreadsheetSafe(e.recordId()),
                  e.action().name(),
                  e.outcome().name(),
                  Texts.spreadsheetSafe(e.basis()),
                  Texts.spreadsheetSafe(e.purpose()));
            } catch (IOException ex) {
              throw new UncheckedIOException(ex);
            }
          });
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
