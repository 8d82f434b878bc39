package org.lantern.notify;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Alert settings.
 *
 * @param alertGrouping repeated alerts about one child to one person within this time are one
 *     notice (the rules that fired are listed on it)
 * @param alerts who each rule tells, where a partnership changes the default ({@link AlertRule})
 */
@ConfigurationProperties("lantern.notify")
public record AlertSettings(
    @DefaultValue("1h") Duration alertGrouping, Map<AlertRule, Set<AlertRecipient>> alerts) {

  public AlertSettings {
    alerts = alerts == null ? Map.of() : Map.copyOf(alerts);
  }

  /** Who this rule tells: the partnership's setting, or the default. */
  public Set<AlertRecipient> recipients(AlertRule rule) {
    return alerts.getOrDefault(rule, rule.defaultRecipients());
  }
}
