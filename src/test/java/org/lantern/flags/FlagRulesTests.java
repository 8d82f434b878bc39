package org.lantern.flags;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lantern.flags.FlagFact.Kind;

/** Each rule of {@link FlagRules}: which facts raise which flag, from when until when. */
class FlagRulesTests {

  static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

  private static FlagFact fact(Kind kind, String value, LocalDate on, LocalDate until) {
    return new FlagFact(kind, value, on, until);
  }

  private static List<Flag> flags(FlagFact... facts) {
    return FlagRules.flags(List.of(facts), TODAY);
  }

  @Test
  void theExploitationPathwayHoldsUntilALaterDecisionThatIsNot() {
    List<Flag> flags =
        flags(
            fact(Kind.THRESHOLD_DECISION, "EXPLOITATION_PATHWAY", TODAY.minusDays(90), null),
            fact(Kind.THRESHOLD_DECISION, "EXPLOITATION_PATHWAY", TODAY.minusDays(60), null),
            fact(Kind.THRESHOLD_DECISION, "NO_FURTHER_ACTION", TODAY.minusDays(30), null),
            fact(Kind.THRESHOLD_DECISION, "EXPLOITATION_PATHWAY", TODAY.minusDays(5), null));

    assertThat(flags)
        .extracting(Flag::code, Flag::current, Flag::since, Flag::until)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "EXPLOITATION_PATHWAY", true, TODAY.minusDays(5), null),
            org.assertj.core.groups.Tuple.tuple(
                "EXPLOITATION_PATHWAY", false, TODAY.minusDays(90), TODAY.minusDays(30)));
  }

  @Test
  void earlyHelpOrStrategyDiscussionRaiseNoPathwayFlag() {
    assertThat(
            flags(
                fact(Kind.THRESHOLD_DECISION, "EARLY_HELP", TODAY.minusDays(5), null),
                fact(Kind.THRESHOLD_DECISION, "STRATEGY_DISCUSSION", TODAY.minusDays(3), null)))
        .isEmpty();
  }

  @Test
  void mediumOrHighRiskRunsFromTheFirstSeriousScreeningToTheNextLowerOne() {
    List<Flag> flags =
        flags(
            fact(Kind.SCREENING, "LOW", TODAY.minusDays(100), null),
            fact(Kind.SCREENING, "MEDIUM", TODAY.minusDays(80), null),
            fact(Kind.SCREENING, "HIGH", TODAY.minusDays(40), null),
            fact(Kind.SCREENING, "LOW", TODAY.minusDays(10), null));

    assertThat(flags)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo("MEDIUM_OR_HIGH_RISK");
              assertThat(f.current()).isFalse();
              assertThat(f.since()).isEqualTo(TODAY.minusDays(80));
              assertThat(f.until()).isEqualTo(TODAY.minusDays(10));
            });
    assertThat(flags(fact(Kind.SCREENING, "LOW", TODAY, null))).isEmpty();
  }

  @Test
  void aPanelIsCurrentOnlyWhileThePanelModuleSaysSo() {
    assertThat(flags(fact(Kind.PANEL, "CURRENT", TODAY.minusDays(60), TODAY.minusDays(3))))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo("CURRENT_PANEL");
              assertThat(f.current()).isTrue();
              assertThat(f.until()).isNull();
            });
    assertThat(flags(fact(Kind.PANEL, "PAST", TODAY.minusDays(200), TODAY.minusDays(100))))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.current()).isFalse();
              assertThat(f.until()).isEqualTo(TODAY.minusDays(100));
            });
  }

  @Test
  void aNoticeHoldsUntilItExpiresInclusive() {
    List<Flag> flags =
        flags(
            fact(Kind.ABDUCTION_NOTICE, "NAMED", TODAY.minusMonths(6), TODAY),
            fact(Kind.ABDUCTION_NOTICE, "LINKED", TODAY.minusYears(2), TODAY.minusYears(1)));

    assertThat(flags)
        .extracting(Flag::code, Flag::current)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("ABDUCTION_NOTICE_NAMED", true),
            org.assertj.core.groups.Tuple.tuple("ABDUCTION_NOTICE_LINKED", false));
  }

  @Test
  void placementsLookedAfterOrPlacedHereRaiseTheirFlagsAndAFamilyHomeNone() {
    assertThat(flags(fact(Kind.PLACEMENT, "RESIDENTIAL", null, null)))
        .extracting(Flag::code)
        .containsExactly("LOOKED_AFTER");
    assertThat(flags(fact(Kind.PLACEMENT, "PLACED_HERE_BY_ANOTHER_AUTHORITY", null, null)))
        .extracting(Flag::code)
        .containsExactly("PLACED_BY_ANOTHER_AUTHORITY");
    assertThat(flags(fact(Kind.PLACEMENT, "FAMILY_HOME", null, null))).isEmpty();
  }

  @Test
  void repeatMissingAndAPlanThatHasNotEnded() {
    assertThat(flags(fact(Kind.REPEAT_MISSING, "3", TODAY.minusDays(20), null)))
        .extracting(Flag::code, Flag::current)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("REPEAT_MISSING", true));
    assertThat(
            flags(
                fact(Kind.CHILD_PROTECTION_PLAN, "", TODAY.minusYears(1), TODAY.minusDays(1)),
                fact(Kind.CHILD_PROTECTION_PLAN, "", TODAY.minusDays(1), null)))
        .extracting(Flag::code, Flag::current)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("CHILD_PROTECTION_PLAN", true),
            org.assertj.core.groups.Tuple.tuple("CHILD_PROTECTION_PLAN", false));
  }
}
