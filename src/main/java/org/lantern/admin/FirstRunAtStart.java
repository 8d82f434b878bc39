package org.lantern.admin;

import org.lantern.admin.AccountInvitations.Invitation;
import org.lantern.admin.AdministrationSettings.FirstRunSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At start, on an empty install: makes the partnership and its first administrator from
 * configuration when it is given, otherwise writes a set-up code to the log for the first-run page.
 * An install that has a partnership says nothing.
 */
@Component
class FirstRunAtStart {

  private static final Logger log = LoggerFactory.getLogger(FirstRunAtStart.class);

  private final FirstRun firstRun;
  private final AdministrationSettings settings;
  private final String baseUrl;

  FirstRunAtStart(
      FirstRun firstRun,
      AdministrationSettings settings,
      @Value("${lantern.base-url:http://localhost:8080}") String baseUrl) {
    this.firstRun = firstRun;
    this.settings = settings;
    this.baseUrl = baseUrl;
  }

  @EventListener
  void ready(ApplicationReadyEvent event) {
    if (!firstRun.waiting()) {
      return;
    }
    FirstRunSettings configured = settings.firstRun();
    FirstRun.Details details = configured == null ? null : configured.details();
    if (details != null) {
      Invitation invitation = firstRun.establish(details, FirstRun.Means.CONFIGURATION);
      log.warn(
          "\n\n  First run: made the partnership '{}' and its first administrator '{}' from"
              + " configuration.\n  Send them this invitation link to choose their password (one"
              + " use, until {}):\n  {}/invitation/{}\n",
          details.partnershipName(),
          details.administratorUsername(),
          invitation.expiresAt(),
          baseUrl,
          invitation.token());
      return;
    }
    log.warn(
        "\n\n  Lantern has no partnership yet. Open {}/first-run and give this set-up code"
            + " (it works on this copy of Lantern until it restarts):\n\n      {}\n",
        baseUrl,
        firstRun.newSetUpCode());
  }
}
