package org.lantern.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What changed between consecutive screenings, and the chart's points. */
class RiskHistoryTests {

  static RiskHistory.Step step(int day, RiskLevel level, Map<String, String> yes) {
    return new RiskHistory.Step(
        UUID.randomUUID(),
        LocalDate.of(2026, 1, day),
        level,
        ScreeningStatus.SIGNED_OFF,
        "Sam",
        yes);
  }

  @Test
  void eachScreeningSaysWhatChangedSinceTheOneBefore() {
    RiskHistory history =
        RiskHistory.of(
            List.of(
                step(1, RiskLevel.LOW, Map.of("a", "Older friends")),
                step(10, RiskLevel.HIGH, Map.of("a", "Older friends", "b", "Found out of area")),
                step(20, RiskLevel.MEDIUM, Map.of("b", "Found out of area")),
                step(30, RiskLevel.MEDIUM, Map.of("b", "Found out of area"))));

    List<RiskHistory.Entry> e = history.entries();
    assertThat(e.get(0).first()).isTrue();
    assertThat(e.get(0).added()).isEmpty();
    assertThat(e.get(1).rose()).isTrue();
    assertThat(e.get(1).added()).containsExactly("Found out of area");
    assertThat(e.get(1).removed()).isEmpty();
    assertThat(e.get(2).fell()).isTrue();
    assertThat(e.get(2).removed()).containsExactly("Older friends");
    assertThat(e.get(3).rose()).isFalse();
    assertThat(e.get(3).fell()).isFalse();
    assertThat(e.get(3).added()).isEmpty();
    assertThat(history.current().level()).isEqualTo(RiskLevel.MEDIUM);
    assertThat(history.newestFirst().getFirst().on()).isEqualTo(LocalDate.of(2026, 1, 30));
  }

  @Test
  void theChartPutsHigherLevelsHigherAndTimeLeftToRight() {
    RiskHistory history =
        RiskHistory.of(
            List.of(step(1, RiskLevel.LOW, Map.of()), step(2, RiskLevel.HIGH, Map.of())));

    List<RiskHistory.Point> points = history.chart().points();
    assertThat(points.get(0).x()).isLessThan(points.get(1).x());
    assertThat(points.get(1).y()).isLessThan(points.get(0).y());
    assertThat(history.chart().grid()).hasSize(RiskLevel.values().length);
    assertThat(history.chart().line())
        .isEqualTo(
            points.get(0).x()
                + ","
                + points.get(0).y()
                + " "
                + points.get(1).x()
                + ","
                + points.get(1).y());
  }
}
