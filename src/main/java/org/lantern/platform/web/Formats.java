package org.lantern.platform.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.lantern.platform.LanternTime;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Dates and times as GOV.UK style writes them ("4 June 2026", "4 June 2026 at 2:05pm"), in UK time.
 * Templates use it as {@code @fmt}.
 */
@Component("fmt")
public class Formats {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);
  private static final DateTimeFormatter ISO_LOCAL =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm", Locale.UK);

  private final Clock clock;
  private final MessageSource messages;

  Formats(Clock clock, MessageSource messages) {
    this.clock = clock;
    this.messages = messages;
  }

  public String date(@Nullable LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }

  public String date(@Nullable Instant instant) {
    return instant == null ? "" : DATE.format(instant.atZone(LanternTime.ZONE));
  }

  public String dateTime(@Nullable Instant instant) {
    if (instant == null) {
      return "";
    }
    var local = instant.atZone(LanternTime.ZONE);
    return text("format.dateTime", DATE.format(local), TIME.format(local).toLowerCase(Locale.UK));
  }

  /** A time today as "9:12am"; another day's as {@link #dateTime}. */
  public String moment(@Nullable Instant instant) {
    if (instant == null) {
      return "";
    }
    var local = instant.atZone(LanternTime.ZONE);
    if (local.toLocalDate().equals(clock.instant().atZone(LanternTime.ZONE).toLocalDate())) {
      return TIME.format(local).toLowerCase(Locale.UK);
    }
    return dateTime(instant);
  }

  /** A machine-readable local timestamp for {@code <time datetime>}. */
  public String iso(@Nullable Instant instant) {
    return instant == null ? "" : ISO_LOCAL.format(instant.atZone(LanternTime.ZONE));
  }

  public @Nullable Integer age(@Nullable LocalDate dateOfBirth) {
    if (dateOfBirth == null) {
      return null;
    }
    return Period.between(dateOfBirth, LocalDate.now(clock.withZone(LanternTime.ZONE))).getYears();
  }

  /** "3 days", "5 hours", "40 minutes": how long, for clocks and ages of work. */
  public String duration(@Nullable Duration duration) {
    if (duration == null) {
      return "";
    }
    Duration d = duration.abs();
    if (d.toDays() >= 2) {
      return text("format.days", d.toDays());
    }
    if (d.toHours() >= 1) {
      return text("format.hours", d.toHours());
    }
    return text("format.minutes", Math.max(1, d.toMinutes()));
  }

  public String since(@Nullable Instant instant) {
    return instant == null ? "" : duration(Duration.between(instant, clock.instant()));
  }

  public String until(@Nullable Instant instant) {
    return instant == null ? "" : duration(Duration.between(clock.instant(), instant));
  }

  public boolean isPast(@Nullable Instant instant) {
    return instant != null && instant.isBefore(clock.instant());
  }

  private String text(String key, Object... args) {
    return messages.getMessage(key, args, Locale.UK);
  }
}
