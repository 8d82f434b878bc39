package org.lantern.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.lantern.platform.LanternTime;
import org.lantern.platform.Texts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The audit log of a partnership for a date range, as CSV, for information governance. */
@Service
public class AuditExport {

  /**
   * The columns: what a person reads (name, what was done, the outcome in words) beside the codes
   * systems match on ({@code action}, {@code outcome}, {@code basis}), which stay as they were.
   */
  static final String[] HEADERS = {
    "id",
    "occurred_at",
    "username",
    "person",
    "agency",
    "child_id",
    "record_type",
    "record_id",
    "what_was_done",
    "action",
    "outcome_words",
    "outcome",
    "basis",
    "purpose"
  };

  private final AuditLog audit;
  private final AccessPolicy policy;
  private final MessageSource messages;

  AuditExport(AuditLog audit, AccessPolicy policy, MessageSource messages) {
    this.audit = audit;
    this.policy = policy;
    this.messages = messages;
  }

  private String words(String key, String fallback) {
    return messages.getMessage(key, null, fallback, Locale.UK);
  }

  /** Writes every entry from the start of {@code from} to the end of {@code to}, UK time. */
  @Transactional
  public void writeCsv(CurrentUser user, LocalDate from, LocalDate to, Writer out) {
    writeCsv(user, from, to, false, out);
  }

  /**
   * As {@link #writeCsv(CurrentUser, LocalDate, LocalDate, Writer)}, or only the administrative
   * changes ({@link AuditAction#administrative()}: who changed what from what to what, in the
   * purpose column) and the refused attempts at them.
   */
  @Transactional
  public void writeCsv(
      CurrentUser user, LocalDate from, LocalDate to, boolean administrativeOnly, Writer out) {
    RecordRef log = new RecordRef("AUDIT_LOG", from + "/" + to);
    policy.requireRole(user, Permission.EXPORT_AUDIT_LOG, log);
    Instant start = from.atStartOfDay(LanternTime.ZONE).toInstant();
    Instant end = to.plusDays(1).atStartOfDay(LanternTime.ZONE).toInstant();
    audit.record(
        user,
        AuditAction.AUDIT_EXPORTED,
        null,
        log,
        null,
        administrativeOnly ? "export of administrative changes" : "audit export");
    try {
      CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(HEADERS).get().print(out);
      audit.forPartnership(
          user.partnershipId(),
          start,
          end,
          e -> {
            if (administrativeOnly && !e.action().administrative()) {
              return;
            }
            try {
              csv.printRecord(
                  e.id(),
                  e.occurredAt().toString(),
                  Texts.spreadsheetSafe(e.username()),
                  Texts.spreadsheetSafe(e.personName()),
                  Texts.spreadsheetSafe(e.agencyName()),
                  e.childId(),
                  Texts.spreadsheetSafe(e.recordType()),
                  Texts.spreadsheetSafe(e.recordId()),
                  words(e.messageKey(), e.action().name()),
                  e.action().name(),
                  words("audit.outcome." + e.outcome().name(), e.outcome().name()),
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
