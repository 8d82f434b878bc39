package org.lantern.missing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lantern.missing.data.MissingEpisodeEntity;
import org.lantern.missing.data.MissingEpisodes;
import org.lantern.platform.FinancialQuarter;
import org.lantern.scrutiny.IndicatorSource;
import org.lantern.scrutiny.Unit;
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

  private final MissingEpisodes episodes;
  private final MissingSettings settings;

  MissingIndicators(MissingEpisodes episodes, MissingSettings settings) {
    this.episodes = episodes;
    this.settings = settings;
  }

  @Override
  public List<Measure> measures() {
    return List.of(new Measure(WITHIN_WINDOW, "missing.indicator.withinWindow", Unit.PERCENTAGE));
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<BigDecimal> figure(String measure, UUID partnershipId, FinancialQuarter quarter) {
    if (!WITHIN_WINDOW.equals(measure)) {
      return Optional.empty();
    }
    List<MissingEpisodeEntity> returned =
        episodes
            .findByPartnershipIdAndReturnedAtGreaterThanEqualAndReturnedAtLessThan(
                partnershipId, quarter.startInstant(), quarter.endInstant())
            .stream()
            .filter(e -> !e.missingFrom().isEducation())
            .toList();
    long within =
        returned.stream()
            .filter(e -> e.interviewStatus() == InterviewStatus.COMPLETED)
            .filter(
                e ->
                    !e.interviewCompletedAt().isAfter(e.interviewDueAt(settings.interviewWindow())))
            .count();
    return IndicatorSource.percentage(within, returned.size());
  }
}
