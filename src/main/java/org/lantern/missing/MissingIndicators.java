package org.lantern.missing;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
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
 * The missing service's measures for the outcomes framework: of the children who returned from home
 * or care in the quarter, the percentage whose return interview was completed within the window (72
 * hours) — the same count as the service's figures.
 */
@Component
class MissingIndicators implements IndicatorSource {

  static final String WITHIN_WINDOW = "MISSING_RETURN_INTERVIEWS_WITHIN_WINDOW";

  private final JdbcClient jdbc;
  private final MissingSettings settings;

  MissingIndicators(JdbcClient jdbc, MissingSettings settings) {
    this.jdbc = jdbc;
    this.settings = settings;
  }

  @Override
  public List<Measure> measures() {
    return List.of(new Measure(WITHIN_WINDOW, "missing.indicator.withinWindow", Unit.PERCENTAGE));
  }

  /**
   * Read as four columns of each episode that ended in the quarter, not as entities: the framework
   * and the KPI page ask for six quarters at once, thousands of episodes each in a large
   * partnership.
   */
  @Override
  @Transactional(readOnly = true)
  public Optional<BigDecimal> figure(String measure, UUID partnershipId, FinancialQuarter quarter) {
    if (!WITHIN_WINDOW.equals(measure)) {
      return Optional.empty();
    }
    Duration window = settings.interviewWindow();
    long[] counts = new long[2];
    jdbc.sql(
            "select missing_from, interview_status, returned_at, interview_completed_at"
                + " from missing_episode where partnership_id = ?"
                + " and returned_at >= ? and returned_at < ?")
        .params(
            partnershipId,
            Timestamp.from(quarter.startInstant()),
            Timestamp.from(quarter.endInstant()))
        .query(
            rs -> {
              if (MissingFrom.valueOf(rs.getString("missing_from")).isEducation()) {
                return;
              }
              counts[0]++;
              Timestamp completed = rs.getTimestamp("interview_completed_at");
              Instant due = rs.getTimestamp("returned_at").toInstant().plus(window);
              if (InterviewStatus.COMPLETED.name().equals(rs.getString("interview_status"))
                  && completed != null
                  && !completed.toInstant().isAfter(due)) {
                counts[1]++;
              }
            });
    return IndicatorSource.percentage(counts[1], counts[0]);
  }
}
