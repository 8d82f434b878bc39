package org.lantern.risk;

import java.time.Period;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How soon a screening is reviewed, by its level (a partnership's policy). No apparent risk has no
 * review date.
 *
 * @param reviewHigh review a high-risk screening within this (default 4 weeks)
 * @param reviewMedium medium (8 weeks)
 * @param reviewLow low (12 weeks)
 */
@ConfigurationProperties("lantern.risk")
public record RiskSettings(
    @DefaultValue("4w") Period reviewHigh,
    @DefaultValue("8w") Period reviewMedium,
    @DefaultValue("12w") Period reviewLow) {

  public @Nullable Period reviewAfter(RiskLevel level) {
    return switch (level) {
      case HIGH -> reviewHigh;
      case MEDIUM -> reviewMedium;
      case LOW -> reviewLow;
      case NONE -> null;
    };
  }
}
