package org.lantern.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.lantern.platform.LanternTime;

/** A clock tests set and move: deadlines are tested without sleeping. */
public class MutableClock extends Clock {

  private volatile Instant now = Instant.now();

  public void set(Instant instant) {
    now = instant;
  }

  public void reset() {
    now = Instant.now();
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
