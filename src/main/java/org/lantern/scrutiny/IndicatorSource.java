package org.lantern.scrutiny;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lantern.platform.FinancialQuarter;

/**
 * A module's computed measures for the outcomes framework (an SPI owned by scrutiny): each module
 * that implements it as a bean offers named measures, and works out one for a partnership and a
 * quarter from its own records. Figures only, never a child: scrutiny shows them to those who may
 * read the framework.
 */
public interface IndicatorSource {

  /** A measure this module offers: its key (unique across modules), its name, its unit. */
  record Measure(String key, String messageKey, Unit unit) {}

  List<Measure> measures();

  /**
   * The measure for the quarter, or empty when there is nothing to measure (no returns, no concerns
   * decided); a key this source does not offer is empty too.
   */
  Optional<BigDecimal> figure(String measure, UUID partnershipId, FinancialQuarter quarter);

  /** A percentage to one decimal place, or empty when {@code of} is zero. */
  static Optional<BigDecimal> percentage(long part, long of) {
    if (of == 0) {
      return Optional.empty();
    }
    return Optional.of(
        BigDecimal.valueOf(part * 1000L)
            .divide(BigDecimal.valueOf(of), 0, RoundingMode.HALF_UP)
            .movePointLeft(1));
  }
}
