package org.lantern.reporting.web;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.lantern.platform.DateInput;
import org.lantern.reporting.Audience;
import org.lantern.reporting.ReportPeriod;
import org.springframework.validation.Errors;

/** The period and audience of a period data report, as the form sends them. */
public class PeriodForm {

  private DateInput from = new DateInput();
  private DateInput to = new DateInput();
  private String audience = "";

  /** A form filled in with a period, for the suggested periods. */
  static PeriodForm of(ReportPeriod period, Audience audience) {
    PeriodForm form = new PeriodForm();
    form.from = new DateInput(period.from());
    form.to = new DateInput(period.to());
    form.audience = audience.name();
    return form;
  }

  /** Whether anything was sent (a first visit shows the empty form without errors). */
  boolean sent() {
    return !(from.parse() instanceof DateInput.Empty)
        || !(to.parse() instanceof DateInput.Empty)
        || !audience.isBlank();
  }

  /**
   * The period and audience, or null with each problem on its field: a date missing or not real, a
   * period ending before it starts or after today, an audience not chosen or not this person's.
   */
  @Nullable Chosen validate(Errors errors, LocalDate today, List<Audience> allowed) {
    LocalDate start = date(errors, FROM, from, today);
    LocalDate end = date(errors, TO, to, today);
    if (start != null && end != null && end.isBefore(start)) {
      errors.rejectValue("to", "report.period.to.beforeFrom");
      end = null;
    }
    Audience chosen = null;
    try {
      chosen = audience.isBlank() ? null : Audience.valueOf(audience);
    } catch (IllegalArgumentException e) {
      chosen = null;
    }
    if (chosen == null || !allowed.contains(chosen)) {
      errors.rejectValue("audience", "report.period.audience.missing");
      chosen = null;
    }
    if (start == null || end == null || chosen == null) {
      return null;
    }
    return new Chosen(new ReportPeriod(start, end), chosen);
  }

  record Chosen(ReportPeriod period, Audience audience) {}

  /** A date field and its error codes. */
  private record Field(
      String name, String missing, String incomplete, String invalid, String year, String future) {}

  private static final Field FROM =
      new Field(
          "from",
          "report.period.from.missing",
          "report.period.from.incomplete",
          "report.period.from.invalid",
          "report.period.from.year",
          "report.period.from.future");

  private static final Field TO =
      new Field(
          "to",
          "report.period.to.missing",
          "report.period.to.incomplete",
          "report.period.to.invalid",
          "report.period.to.year",
          "report.period.to.future");

  private static @Nullable LocalDate date(
      Errors errors, Field field, DateInput input, LocalDate today) {
    return switch (input.parse()) {
      case DateInput.Empty e -> {
        errors.rejectValue(field.name(), field.missing());
        yield null;
      }
      case DateInput.Invalid(String problem) -> {
        String code =
            switch (problem) {
              case "incomplete" -> field.incomplete();
              case "year" -> field.year();
              default -> field.invalid();
            };
        errors.rejectValue(field.name(), code);
        yield null;
      }
      case DateInput.Valid(LocalDate date) -> {
        if (date.isAfter(today)) {
          errors.rejectValue(field.name(), field.future());
          yield null;
        }
        yield date;
      }
    };
  }

  public DateInput getFrom() {
    return from;
  }

  public void setFrom(DateInput from) {
    this.from = from;
  }

  public DateInput getTo() {
    return to;
  }

  public void setTo(DateInput to) {
    this.to = to;
  }

  public String getAudience() {
    return audience;
  }

  public void setAudience(@Nullable String audience) {
    this.audience = audience == null ? "" : audience;
  }
}
