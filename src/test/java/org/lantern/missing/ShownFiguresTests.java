package org.lantern.missing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lantern.platform.FinancialQuarter;
import org.lantern.platform.disclosure.DisclosureControl;

/** The figures' wider-circulation version against counts worked out by hand. */
class ShownFiguresTests {

  private static MissingFigures.Line line(
      String district, long notifications, long children, long within, long factorCount) {
    return new MissingFigures.Line(
        district,
        notifications,
        children,
        0,
        0,
        0,
        within,
        List.of(new MissingFigures.FactorCount("Associating with friends", factorCount)),
        0,
        0);
  }

  private final MissingFigures.Figures figures =
      new MissingFigures.Figures(
          new FinancialQuarter(2026, 3),
          List.of(
              line("Ashby", 10, 6, 4, 6), line("Brook", 3, 2, 0, 1), line("Carrow", 8, 5, 7, 3)),
          // a child counted in two districts: 13 by district, 12 in all
          line(null, 21, 12, 11, 10));

  @Test
  void smallCountsAndTheCellsThatWouldGiveThemAwayAreHidden() {
    ShownFigures shown = ShownFigures.published(figures, new DisclosureControl(5));

    // notifications 10, 3, 8 (21): 3 is small; 8 is the smallest other, hidden with it
    assertThat(shown.districts())
        .extracting(l -> l.notifications().display())
        .containsExactly("10", "c", "c");
    assertThat(shown.total().notifications().display()).isEqualTo("21");
    // children 6, 2, 5 (12 in all, not their sum): 2 and then 5 hidden; 12 stands on its own
    assertThat(shown.districts())
        .extracting(l -> l.children().display())
        .containsExactly("6", "c", "c");
    assertThat(shown.total().children().display()).isEqualTo("12");
    // within 72 hours 4, 0, 7 (11): 4 is small; a non-zero cell (7) goes before the zero
    assertThat(shown.districts())
        .extracting(l -> l.withinWindow().display())
        .containsExactly("c", "0", "c");
    assertThat(shown.total().withinWindow().display()).isEqualTo("11");
    // zeros are shown; a factor's count stands alone
    assertThat(shown.total().returned().display()).isEqualTo("0");
    assertThat(shown.districts())
        .extracting(l -> l.topFactors().getFirst().count().display())
        .containsExactly("6", "c", "c");
    assertThat(shown.total().topFactors().getFirst().count().display()).isEqualTo("10");
    assertThat(shown.anySuppressed()).isTrue();
    assertThat(shown.published()).isTrue();
  }

  @Test
  void theFullVersionShowsEveryCount() {
    ShownFigures shown = ShownFigures.full(figures);
    assertThat(shown.districts())
        .extracting(l -> l.notifications().display())
        .containsExactly("10", "3", "8");
    assertThat(shown.anySuppressed()).isFalse();
    assertThat(shown.published()).isFalse();
  }
}
