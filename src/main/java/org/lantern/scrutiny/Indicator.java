package org.lantern.scrutiny;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.platform.FinancialQuarter;

/** An indicator with every version of its definition, oldest first. */
public record Indicator(UUID id, boolean key, List<Version> versions) {

  /** One version: in force from {@code from} until the next version's quarter. */
  public record Version(
      UUID id,
      FinancialQuarter from,
      IndicatorDefinition definition,
      @Nullable String agencyName) {}

  /** The version in force for the quarter: the latest that starts at or before it. */
  public Optional<Version> versionFor(FinancialQuarter quarter) {
    return versions.stream()
        .filter(v -> !Quarters.after(v.from(), quarter))
        .max(Comparator.comparing(v -> v.from().code()));
  }

  public Version latest() {
    return versions.getLast();
  }
}
