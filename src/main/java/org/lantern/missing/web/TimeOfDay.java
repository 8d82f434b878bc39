package org.lantern.missing.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;
import org.lantern.platform.DateInput;
import org.lantern.platform.LanternTime;
import org.lantern.platform.Texts;
import org.springframework.validation.Errors;

/** A GOV.UK date input and a 24-hour time box read together as a moment in UK time. */
final class TimeOfDay {

  private TimeOfDay() {}

  /** "21:30", "9:05", "2130": the time, or null when it cannot be read. */
  static @Nullable LocalTime parse(@Nullable String typed) {
    String t = Texts.clean(typed);
    if (t == null) {
      return null;
    }
    String digits = t.replace(".", ":");
    if (digits.matches("\\d{4}")) {
      digits = digits.substring(0, 2) + ":" + digits.substring(2);
    }
    if (!digits.matches("\\d{1,2}:\\d{2}")) {
      return null;
    }
    try {
      String[] parts = digits.split(":");
      return LocalTime.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The result of reading a date and a time: read (maybe empty) or not. */
  record Read(boolean readable, @Nullable Instant at) {}

  /**
   * Reads the date and time; rejects what cannot be read under {@code field} ({@code required} says
   * whether a blank date is an error).
   */
  static Read read(
      Errors errors, String field, DateInput date, @Nullable String time, boolean required) {
    DateInput.Parsed parsed = date.parse();
    if (parsed instanceof DateInput.Empty) {
      if (Texts.clean(time) != null) {
        errors.rejectValue(field, "missing.date.required");
        return new Read(false, null);
      }
      if (required) {
        errors.rejectValue(field, "missing.date.required");
        return new Read(false, null);
      }
      return new Read(true, null);
    }
    if (parsed instanceof DateInput.Invalid) {
      errors.rejectValue(field, "missing.date.invalid");
      return new Read(false, null);
    }
    LocalDate day = ((DateInput.Valid) parsed).date();
    LocalTime at = parse(time);
    if (at == null) {
      errors.rejectValue(field + "Time", "missing.time.invalid");
      return new Read(false, null);
    }
    return new Read(true, day.atTime(at).atZone(LanternTime.ZONE).toInstant());
  }
}
