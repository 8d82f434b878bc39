package org.lantern.admin;

import java.time.Duration;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Administration settings.
 *
 * @param invitationValidFor how long an invitation link works (one use within it)
 * @param firstRun the first run read from configuration instead of the first-run page (all five
 *     values, or none)
 */
@ConfigurationProperties("lantern.admin")
public record AdministrationSettings(
    Duration invitationValidFor, @Nullable FirstRunSettings firstRun) {

  public AdministrationSettings {
    if (invitationValidFor == null) {
      invitationValidFor = Duration.ofDays(7);
    }
  }

  /** The partnership and first administrator an empty install makes at start, when all are set. */
  public record FirstRunSettings(
      @Nullable String partnershipName,
      @Nullable String councilName,
      @Nullable String administratorName,
      @Nullable String administratorEmail,
      @Nullable String administratorUsername) {

    /** The details, when every one is given; null when none is; refused when only some are. */
    FirstRun.@Nullable Details details() {
      String[] all = {
        partnershipName, councilName, administratorName, administratorEmail, administratorUsername
      };
      long given = Arrays.stream(all).filter(v -> v != null && !v.isBlank()).count();
      if (given == 0) {
        return null;
      }
      if (given < all.length) {
        throw new IllegalStateException(
            "lantern.admin.first-run needs all of partnership-name, council-name,"
                + " administrator-name, administrator-email and administrator-username");
      }
      return new FirstRun.Details(
          partnershipName,
          councilName,
          administratorName,
          administratorEmail,
          administratorUsername);
    }
  }
}
