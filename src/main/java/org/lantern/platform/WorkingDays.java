package org.lantern.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Working days in England and Wales: Monday to Friday, except bank holidays, which are data (the
 * published list, {@code platform/bank-holidays-england-and-wales.txt}), never worked out in code.
 * Statutory clocks count in them ("an initial child protection conference within 15 working days of
 * the strategy discussion"). Outside the years the list covers, only weekends are skipped, and that
 * is logged so the list gets its next years.
 */
@Component
public class WorkingDays {

  static final String RESOURCE = "/platform/bank-holidays-england-and-wales.txt";
  private static final Logger log = LoggerFactory.getLogger(WorkingDays.class);

  private final Set<LocalDate> holidays;
  private final int firstYear;
  private final int lastYear;

  public WorkingDays() {
    this(RESOURCE);
  }

  WorkingDays(String resource) {
    Set<LocalDate> dates = new TreeSet<>();
    int first = Integer.MAX_VALUE;
    int last = Integer.MIN_VALUE;
    try (InputStream in = WorkingDays.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("No bank holiday list at " + resource);
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String l = line.strip();
        if (l.isEmpty() || l.startsWith("#")) {
          continue;
        }
        String[] words = l.split("\\s+");
        if (words[0].equals("years")) {
          first = Integer.parseInt(words[1]);
          last = Integer.parseInt(words[2]);
        } else {
          dates.add(LocalDate.parse(words[0]));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (first > last) {
      throw new IllegalStateException("The bank holiday list must say which years it covers");
    }
    for (LocalDate d : dates) {
      if (d.getYear() < first || d.getYear() > last || isWeekend(d)) {
        throw new IllegalStateException("Bank holiday outside its years or at a weekend: " + d);
      }
    }
    this.holidays = Collections.unmodifiableSet(dates);
    this.firstYear = first;
    this.lastYear = last;
  }

  /** Whether the date is a working day: a weekday that is not a bank holiday. */
  public boolean isWorkingDay(LocalDate date) {
    if (isWeekend(date)) {
      return false;
    }
    if (date.getYear() < firstYear || date.getYear() > lastYear) {
      log.warn("No bank holidays listed for {}: counting weekends only", date.getYear());
      return true;
    }
    return !holidays.contains(date);
  }

  /**
   * The date {@code days} working days after {@code from} (which need not itself be a working day):
   * one working day after a Friday is the Monday, or the Tuesday after Easter Monday. Zero days is
   * {@code from} itself.
   */
  public LocalDate add(LocalDate from, int days) {
    if (days < 0) {
      throw new IllegalArgumentException("Working days to add must not be negative: " + days);
    }
    LocalDate d = from;
    int left = days;
    while (left > 0) {
      d = d.plusDays(1);
      if (isWorkingDay(d)) {
        left--;
      }
    }
    return d;
  }

  /** How many working days after {@code from} is {@code to} (0 when not after it). */
  public int between(LocalDate from, LocalDate to) {
    int n = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      if (isWorkingDay(d)) {
        n++;
      }
    }
    return n;
  }

  /** The bank holidays listed, in order. */
  public Set<LocalDate> bankHolidays() {
    return holidays;
  }

  private static boolean isWeekend(LocalDate d) {
    return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
  }
}
