package org.lantern.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.lantern.platform.LanternTime;

/**
 * A clock tests set and move: deadlines are tested without sleeping. It starts at whole
 * milliseconds: PostgreSQL keeps microseconds and rounds the rest, so a finer clock would make a
 * stored time differ from the clock by a nanosecond (and "overdue by 1 hour" read "59 minutes").
 */
public class MutableClock extends Clock {

  private volatile Instant now = wholeMillis(Instant.now());

  public void set(Instant instant) {
    now = instant;
  }

  public void reset() {
    now = wholeMillis(Instant.now());
  }

  private static Instant wholeMillis(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MILLIS);
  }

  public void advance(Duration duration) {
    now = now.plus(duration);
  }

  @Override
  public ZoneId getZone() {
    return LanternTime.ZONE;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.fixed(now, zone);
  }

  @Override
  public Instant instant() {
    return now;
  }
}
