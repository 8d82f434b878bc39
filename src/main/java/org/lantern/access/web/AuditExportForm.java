package org.lantern.access.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;
import org.lantern.platform.DateInput;
import org.lantern.platform.LanternTime;
import org.springframework.validation.Errors;

/** The date range of an audit export. */
public class AuditExportForm {

  static final int MAX_DAYS = 366;

  private DateInput from = new DateInput();
  private DateInput to = new DateInput();
  private boolean administrativeOnly;

  void validate(Errors errors, Clock clock) {
    LocalDate start = date(from, "from", errors);
    LocalDate end = date(to, "to", errors);
    if (start == null || end == null) {
      return;
    }
    LocalDate today = LocalDate.now(clock.withZone(LanternTime.ZONE));
    if (start.isAfter(today)) {
      errors.rejectValue("from", "auditExport.from.future");
    } else if (end.isBefore(start)) {
      errors.rejectValue("to", "auditExport.to.beforeFrom");
    } else if (ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
      errors.rejectValue("to", "auditExport.tooLong");
    }
  }

  private static @Nullable LocalDate date(DateInput input, String field, Errors errors) {
    return switch (input.parse()) {
      case DateInput.Valid v -> v.date();
      case DateInput.Empty e -> {
        errors.rejectValue(field, "auditExport." + field + ".required");
        yield null;
      }
      case DateInput.Invalid i -> {
        errors.rejectValue(field, "auditExport." + field + ".invalid");
        yield null;
      }
    };
  }

  LocalDate fromDate() {
    return ((DateInput.Valid) from.parse()).date();
  }

  LocalDate toDate() {
    return ((DateInput.Valid) to.parse()).date();
  }

  public DateInput getFrom() {
    return from;
  }

  public void setFrom(DateInput from) {
    this.from = from;
  }

  /** Only the administrative changes (accounts, structure, systems, governance), or everything. */
  public boolean isAdministrativeOnly() {
    return administrativeOnly;
  }

  public void setAdministrativeOnly(boolean administrativeOnly) {
    this.administrativeOnly = administrativeOnly;
  }

  public DateInput getTo() {
    return to;
  }

  public void setTo(DateInput to) {
    this.to = to;
  }
}
