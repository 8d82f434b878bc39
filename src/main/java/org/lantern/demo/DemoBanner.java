package org.lantern.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Says where to sign in, and as whom, when the demo county is there. */
@Component
@ConditionalOnBooleanProperty("lantern.demo.enabled")
class DemoBanner {

  private static final Logger log = LoggerFactory.getLogger(DemoBanner.class);

  private final DemoSettings settings;
  private final DemoCounty county;

  DemoBanner(DemoSettings settings, DemoCounty county) {
    this.settings = settings;
    this.county = county;
  }

  @EventListener
  void ready(ApplicationReadyEvent event) {
    if (!county.present()) {
      return;
    }
    int port =
        event.getApplicationContext() instanceof WebServerApplicationContext web
            ? web.getWebServer().getPort()
            : 8080;
    StringBuilder text = new StringBuilder();
    text.append("\n\n  Lantern is running: http://localhost:").append(port).append("\n\n");
    text.append("  Demo accounts (synthetic county; password for all: ")
        .append(settings.password())
        .append(")\n");
    for (DemoAccount account : DemoAccount.ALL) {
      text.append(
          String.format(
              "    %-13s %-34s %s%n", account.username(), account.role().name(), account.agency()));
    }
    text.append("\n  Partner API: Authorization: Bearer ")
        .append(DemoAccount.API_CLIENT_ID)
        .append('.')
        .append(DemoAccount.API_SECRET)
        .append("   (docs: http://localhost:")
        .append(port)
        .append("/api/docs)\n");
    log.info(text.toString());
  }
}
