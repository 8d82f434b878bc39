package org.lantern.people.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EstimationTests {

  /**
   * Pairs drawn from a known model (a fifth of them matches; per field, matches mostly agree and
   * non-matches mostly disagree): EM, started from its generic guess, finds the model again.
   */
  @Test
  void expectationMaximisationRecoversAKnownModel() {
    MatchModel truth = knownModel();
    long[] counts = new long[Comparison.PATTERNS];
    SplittableRandom random = new SplittableRandom(7);
    for (int pair = 0; pair < 200_000; pair++) {
      boolean match = random.nextDouble() < truth.lambda();
      int[] levels = new int[Comparison.values().length];
      for (Comparison c : Comparison.ALL) {
        levels[c.ordinal()] = draw(random, match ? truth.m[c.ordinal()] : truth.u[c.ordinal()]);
      }
      counts[Comparison.pattern(levels)]++;
    }

    MatchModel estimated =
        Estimation.expectationMaximisation(counts, MatchModel.initial(), false, 200, 1e-7);

    assertThat(estimated.lambda()).isCloseTo(0.2, within(0.01));
    for (Comparison c : Comparison.ALL) {
      for (int l = 1; l < c.levelCount(); l++) {
        assertThat(estimated.m(c, l)).as("m %s %s", c, l).isCloseTo(truth.m(c, l), within(0.02));
        assertThat(estimated.u(c, l)).as("u %s %s", c, l).isCloseTo(truth.u(c, l), within(0.02));
      }
    }
  }

  @Test
  void withUFixedOnlyMAndThePriorMove() {
    MatchModel truth = knownModel();
    long[] counts = new long[Comparison.PATTERNS];
    SplittableRandom random = new SplittableRandom(11);
    for (int pair = 0; pair < 100_000; pair++) {
      boolean match = random.nextDouble() < truth.lambda();
      int[] levels = new int[Comparison.values().length];
      for (Comparison c : Comparison.ALL) {
        levels[c.ordinal()] = draw(random, match ? truth.m[c.ordinal()] : truth.u[c.ordinal()]);
      }
      counts[Comparison.pattern(levels)]++;
    }
    MatchModel start = new MatchModel(MatchModel.initial().m, truth.u, 0.5);

    MatchModel estimated = Estimation.expectationMaximisation(counts, start, true, 200, 1e-7);

    assertThat(estimated.u(Comparison.SEX, 1)).isEqualTo(truth.u(Comparison.SEX, 1));
    assertThat(estimated.lambda()).isCloseTo(0.2, within(0.01));
    assertThat(estimated.m(Comparison.FAMILY_NAME, 1))
        .isCloseTo(truth.m(Comparison.FAMILY_NAME, 1), within(0.02));
  }

  @Test
  void uFromRandomPairsIsHowOftenDifferentPeopleAgree() {
    List<LinkRecord> people = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      people.add(
          new LinkRecord(
              "Amy",
              null,
              "Family" + (char) ('a' + i % 26) + (char) ('a' + i / 26),
              List.of(),
              LocalDate.of(2010, 1, 1).plusDays(i),
              i % 2 == 0 ? "F" : "M",
              null,
              null,
              null));
    }
    RecordTable table = ComparerTests.table(people.toArray(LinkRecord[]::new));

    double[][] u = Estimation.estimateU(table, 50_000, 3);

    // everyone is called Amy; sexes agree for half of the random pairs
    assertThat(u[Comparison.GIVEN_NAME.ordinal()][1]).isCloseTo(1.0, within(0.001));
    assertThat(u[Comparison.SEX.ordinal()][1]).isCloseTo(0.5, within(0.02));
    assertThat(u[Comparison.DATE_OF_BIRTH.ordinal()][1]).isLessThan(0.001);
  }

  /**
   * Pairs joined by a pupil number and one date of birth: 998 with the same NHS number, 2 with
   * different ones, 500 with none on one side. The different level's m is what those pairs say
   * (with one added to each count), not EM's guess; a pair that shares an NHS number but clashes on
   * the rest, or whose dates of birth differ, is left out.
   */
  @Test
  void anIdentifiersMFromPairsAnotherIdentifierJoins() {
    long[] counts = new long[Comparison.PATTERNS];
    int upn = 1 * Comparison.PUPIL_NUMBER.radix() + 1 * Comparison.DATE_OF_BIRTH.radix();
    counts[upn + 1 * Comparison.NHS_NUMBER.radix() + 1] = 998; // same given name
    counts[upn + 2 * Comparison.NHS_NUMBER.radix() + 1] = 2;
    counts[upn + 1] = 500; // no NHS number on one record
    int clash =
        upn
            + 1 * Comparison.NHS_NUMBER.radix()
            + Comparison.GIVEN_NAME.different()
            + Comparison.FAMILY_NAME.different() * Comparison.FAMILY_NAME.radix();
    counts[clash] = 300;
    // one reference given to two children born on different days: not a pair to learn from
    counts[1 * Comparison.PUPIL_NUMBER.radix() + 2 * Comparison.NHS_NUMBER.radix() + 1] = 400;

    double[] m = Estimation.fromJoinedPairs(counts, Comparison.NHS_NUMBER, 200);

    assertThat(m).isNotNull();
    assertThat(m[2]).isCloseTo(3.0 / 1002, within(1e-9));
    assertThat(m[1]).isCloseTo(999.0 / 1002, within(1e-9));
    assertThat(Estimation.fromJoinedPairs(counts, Comparison.NHS_NUMBER, 1001)).isNull();
  }

  static MatchModel knownModel() {
    double[][] m = new double[Comparison.values().length][];
    double[][] u = new double[Comparison.values().length][];
    for (Comparison c : Comparison.ALL) {
      int levels = c.levelCount();
      m[c.ordinal()] = new double[levels];
      u[c.ordinal()] = new double[levels];
      for (int l = 1; l < levels; l++) {
        m[c.ordinal()][l] = l == 1 ? 0.7 : 0.3 / (levels - 2);
        u[c.ordinal()][l] = l == levels - 1 ? 0.85 : 0.15 / (levels - 2);
      }
    }
    // sex agrees by chance for half the non-matches
    u[Comparison.SEX.ordinal()] = new double[] {0, 0.5, 0.5};
    return new MatchModel(m, u, 0.2);
  }

  private static int draw(SplittableRandom random, double[] shares) {
    double x = random.nextDouble();
    for (int l = 1; l < shares.length; l++) {
      x -= shares[l];
      if (x < 0) {
        return l;
      }
    }
    return shares.length - 1;
  }
}
