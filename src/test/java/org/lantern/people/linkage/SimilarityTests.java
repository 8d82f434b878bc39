package org.lantern.people.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SimilarityTests {

  /** Winkler's published examples and edge cases. */
  @ParameterizedTest
  @CsvSource({
    "martha, marhta, 0.961",
    "dwayne, duane, 0.840",
    "dixon, dicksonx, 0.813",
    "jones, jones, 1.000",
    "abc, xyz, 0.000",
    "a, a, 1.000",
  })
  void jaroWinklerMatchesPublishedValues(String a, String b, double expected) {
    assertThat(Similarity.jaroWinkler(a, b)).isCloseTo(expected, within(0.001));
    assertThat(Similarity.jaroWinkler(b, a)).isCloseTo(expected, within(0.001));
  }

  @ParameterizedTest
  @CsvSource({
    "2012-03-04, 2012-03-04, 1", // exact
    "2012-03-04, 2012-04-03, 2", // day and month transposed
    "2012-03-03, 2012-03-04, 3", // one part different (a typing slip in the day)
    "2012-03-04, 2013-03-04, 3", // one part different (the year)
    "2012-03-04, 2012-11-28, 4", // within a year
    "2012-03-04, 2015-07-20, 5", // different
    "2008-03-04, 2009-03-04, 3", // a year out: a slip
    "2009-03-04, 2010-03-04, 3", // a year out across a decade: a slip
    "1987-03-04, 1978-03-04, 3", // two digits of the year swapped: a slip
    "2008-03-04, 2018-03-04, 3", // one digit of the year changed, ten years: a slip
    "2008-03-04, 2005-03-04, 3", // one digit of the year changed: a slip
    "2009-03-04, 2012-03-04, 5", // the same day and month three years apart, no slip
    "1985-03-04, 2005-03-04, 6", // a parent's birthday twenty years before: years apart
    "1965-03-04, 1985-03-04, 6", // one digit changed, but a generation apart: years apart
    "1969-03-04, 1996-03-04, 6", // two digits swapped, but 27 years apart: years apart
    "2009-01-01, 2009-02-12, 0", // 1 January for a date whose day and month were not known
    "2009-06-30, 2009-01-01, 0", // either way round
    "2009-01-01, 2009-01-01, 1", // the same 1 January is the same date
    "2009-01-01, 2008-11-12, 4", // another year: compared as it is (within a year)
  })
  void birthDateLevels(LocalDate a, LocalDate b, int level) {
    assertThat(Similarity.birthLevel(ymd(a), ymd(b), day(a), day(b))).isEqualTo(level);
  }

  @org.junit.jupiter.api.Test
  void aMissingBirthDateWeighsNothing() {
    assertThat(Similarity.birthLevel(0, 20120304, 0, 100)).isZero();
  }

  private static int ymd(LocalDate d) {
    return d.getYear() * 10000 + d.getMonthValue() * 100 + d.getDayOfMonth();
  }

  private static int day(LocalDate d) {
    return (int) d.toEpochDay();
  }
}
