package org.lantern.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lantern.panel.ReReferrals.Appearance;

class ReReferralsTests {

  static final LocalDate JAN = LocalDate.of(2026, 1, 12);

  @Test
  void neverClosedIsNeverReReferred() {
    assertThat(
            ReReferrals.count(
                List.of(
                    new Appearance(JAN, true, false),
                    new Appearance(JAN.plusMonths(2), true, false))))
        .isZero();
  }

  @Test
  void onAnAgendaAfterAClosureCountsOnce() {
    assertThat(
            ReReferrals.count(
                List.of(
                    new Appearance(JAN, true, true),
                    new Appearance(JAN.plusMonths(2), true, false),
                    new Appearance(JAN.plusMonths(4), true, false))))
        .isEqualTo(1);
  }

  @Test
  void eachClosureAndReturnCounts() {
    assertThat(
            ReReferrals.count(
                List.of(
                    new Appearance(JAN.plusMonths(6), true, false),
                    new Appearance(JAN, true, true),
                    new Appearance(JAN.plusMonths(2), true, true),
                    new Appearance(JAN.plusMonths(4), false, false))))
        .as("in date order: closed, back and closed, taken off, back")
        .isEqualTo(2);
  }

  @Test
  void takenOffTheAgendaIsNotAReReferral() {
    assertThat(
            ReReferrals.count(
                List.of(
                    new Appearance(JAN, true, true),
                    new Appearance(JAN.plusMonths(2), false, false))))
        .isZero();
  }
}
