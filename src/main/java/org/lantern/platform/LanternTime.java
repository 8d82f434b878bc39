package org.lantern.platform;

import java.time.ZoneId;

/** Lantern's users are in England: dates and times are shown and entered in UK time. */
public final class LanternTime {

  public static final ZoneId ZONE = ZoneId.of("Europe/London");

  private LanternTime() {}
}
