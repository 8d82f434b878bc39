package org.lantern.platform.disclosure;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The partnership's disclosure-control policy for outputs that leave the panel.
 *
 * @param threshold counts from 1 up to one below this are suppressed (default 5: 1 to 4 are shown
 *     as "c"); 1 turns suppression off
 */
@ConfigurationProperties("lantern.disclosure")
public record DisclosureSettings(@DefaultValue("5") int threshold) {

  public DisclosureSettings {
    if (threshold < 1) {
      throw new IllegalArgumentException("lantern.disclosure.threshold must be 1 or more");
    }
  }

  /** The control this policy describes. */
  public DisclosureControl control() {
    return new DisclosureControl(threshold);
  }
}
