package org.lantern.platform;

import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The partnership's limits on the dates people and partner systems send (see {@link DateRules}).
 *
 * @param oldestChildAge the oldest a child or young person can be on the date of what is recorded
 *     about them (default 25: care leavers are supported up to 25, so a concern about a 25-year-old
 *     is accepted and one about a 26-year-old is not)
 * @param earliestEvent no event (a concern, a missing episode, a notice served, an intelligence
 *     link, a list) can be dated before this day (default 1 January 2000: earlier than any child in
 *     range was born, and than anything a partner system would send)
 * @param yearsAhead how far ahead a planned date (a notice's expiry) can be (default 10 years)
 * @param oldestAdultAge the oldest an adult named in a record can be (default 110)
 */
@ConfigurationProperties("lantern.dates")
public record DateSettings(
    @DefaultValue("25") int oldestChildAge,
    @DefaultValue("2000-01-01") LocalDate earliestEvent,
    @DefaultValue("10") int yearsAhead,
    @DefaultValue("110") int oldestAdultAge) {

  public DateSettings {
    if (oldestChildAge < 1 || oldestChildAge > 30) {
      throw new IllegalArgumentException("lantern.dates.oldest-child-age must be 1 to 30");
    }
    if (earliestEvent.getYear() < 1900) {
      throw new IllegalArgumentException("lantern.dates.earliest-event must be 1900 or later");
    }
    if (yearsAhead < 1 || yearsAhead > 100) {
      throw new IllegalArgumentException("lantern.dates.years-ahead must be 1 to 100");
    }
    if (oldestAdultAge < 18 || oldestAdultAge > 150) {
      throw new IllegalArgumentException("lantern.dates.oldest-adult-age must be 18 to 150");
    }
  }
}
