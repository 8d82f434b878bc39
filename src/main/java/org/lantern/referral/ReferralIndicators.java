package org.lantern.referral;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lantern.platform.FinancialQuarter;
import org.lantern.scrutiny.IndicatorSource;
import org.lantern.scrutiny.Unit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The front door's measure for the outcomes framework: of the concerns decided in the quarter, the
 * percentage decided within the decision target after they were submitted ({@code
 * lantern.referral.decision-target}, one working day).
 */
@Component
class ReferralIndicators implements IndicatorSource {

  static final String DECIDED_WITHIN_TARGET = "REFERRAL_DECIDED_WITHIN_TARGET";

  private final JdbcClient jdbc;
  private final ReferralSettings settings;

  ReferralIndicators(JdbcClient jdbc, ReferralSettings settings) {
    this.jdbc = jdbc;
    this.settings = settings;
  }

  @Override
  public List<Measure> measures() {
    return List.of(
        new Measure(DECIDED_WITHIN_TARGET, "concern.indicator.withinTarget", Unit.PERCENTAGE));
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<BigDecimal> figure(String measure, UUID partnershipId, FinancialQuarter quarter) {
    if (!DECIDED_WITHIN_TARGET.equals(measure)) {
      return Optional.empty();
    }
    long[] counts = new long[2];
    jdbc.sql(
            "select submitted_at, decided_at from concern where partnership_id = ?"
                + " and decided_at >= ? and decided_at < ?")
        .params(
            partnershipId,
            Timestamp.from(quarter.startInstant()),
            Timestamp.from(quarter.endInstant()))
        .query(
            rs -> {
              Instant submitted = rs.getTimestamp("submitted_at").toInstant();
              Instant decided = rs.getTimestamp("decided_at").toInstant();
              counts[0]++;
              if (!decided.isAfter(submitted.plus(settings.decisionTarget()))) {
                counts[1]++;
              }
            });
    return IndicatorSource.percentage(counts[1], counts[0]);
  }
}
