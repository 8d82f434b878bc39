package org.lantern.admin;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Administration settings.
 *
 * @param invitationValidFor how long an invitation link works (one use within it)
 */
@ConfigurationProperties("lantern.admin")
public record AdministrationSettings(Duration invitationValidFor) {

  public AdministrationSettings {
    if (invitationValidFor == null) {
      invitationValidFor = Duration.ofDays(7);
    }
  }
}
