package org.lantern.scrutiny;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.access.AccessDeniedForRole;
import org.lantern.access.CurrentUser;
import org.lantern.access.Role;
import org.lantern.people.ChildSummary;
import org.lantern.platform.FinancialQuarter;
import org.lantern.platform.LanternTime;
import org.lantern.referral.ChildChoice;
import org.lantern.referral.ConcernContent;
import org.lantern.referral.ConcernSubmission;
import org.lantern.referral.FrontDoor;
import org.lantern.referral.Referrals;
import org.lantern.referral.RiskIndicator;
import org.lantern.referral.ThresholdDecision;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.MutableClock;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The outcomes framework on PostgreSQL: a definition changed from a quarter on leaves earlier
 * quarters rated under the version they were reported under; an agency's return is checked (its
 * agency, the unit, the range, an ended and open quarter); a computed indicator is worked out by
 * the module that owns the records; the KPI dashboard shows the key ones.
 */
@IntegrationTest
class OutcomesIntegrationTests {

  static final FinancialQuarter Q1 = new FinancialQuarter(2025, 1);
  static final FinancialQuarter Q2 = new FinancialQuarter(2025, 2);
  static final FinancialQuarter Q3 = new FinancialQuarter(2025, 3);
  static final FinancialQuarter Q4 = new FinancialQuarter(2025, 4);

  @Autowired Fixtures fixtures;
  @Autowired Indicators indicators;
  @Autowired IndicatorReturns returns;
  @Autowired OutcomeViews outcomes;
  @Autowired ConcernSubmission submission;
  @Autowired FrontDoor frontDoor;
  @Autowired Referrals referrals;
  @Autowired MutableClock clock;
  @Autowired JdbcClient jdbc;

  TestPartnership p;
  CurrentUser lead;
  CurrentUser police;

  @BeforeEach
  void setUp() {
    clock.set(at(2026, 5, 10));
    p = fixtures.partnership();
    lead = p.user(Role.STRATEGIC_LEAD);
    police = p.user(Role.POLICE);
  }

  @Test
  void aChangedDefinitionAppliesFromItsQuarterAndEarlierQuartersKeepTheirs() {
    UUID offences =
        indicators.define(
            lead,
            Q1,
            IndicatorDefinition.entered(
                    "CSE offences charged",
                    "Charges for CSE offences in the quarter, as a percentage of offences recorded.",
                    Unit.PERCENTAGE,
                    Direction.HIGHER_IS_BETTER,
                    p.policeId())
                .rated(new BigDecimal("60"), new BigDecimal("60"), new BigDecimal("40")),
            true);
    returns.enter(police, offences, Q1, new BigDecimal("55"), "Two trials adjourned.");
    returns.enter(police, offences, Q2, new BigDecimal("45"), null);

    // From Q3 the partnership raises the bar: green from 50 is now amber from 50.
    indicators.revise(
        lead,
        offences,
        Q3,
        IndicatorDefinition.entered(
                "CSE offences charged (revised)",
                "As before, counting postal charges.",
                Unit.PERCENTAGE,
                Direction.HIGHER_IS_BETTER,
                p.policeId())
            .rated(new BigDecimal("70"), new BigDecimal("70"), new BigDecimal("50")));
    returns.enter(police, offences, Q3, new BigDecimal("55"), null);

    OutcomeViews.Framework f = outcomes.framework(lead, Q4, 4);
    OutcomeViews.Row row = f.rows().getFirst();
    assertThat(row.cells())
        .extracting(c -> c.quarter().code(), OutcomeViews.Cell::text, OutcomeViews.Cell::rag)
        .containsExactly(
            Tuple.tuple("2025-Q1", "55", Rag.AMBER),
            Tuple.tuple("2025-Q2", "45", Rag.AMBER),
            Tuple.tuple("2025-Q3", "55", Rag.AMBER),
            Tuple.tuple("2025-Q4", "", Rag.NONE));
    // 55 was amber under both; 45 is amber under version 1 (from 40) though it would be red now.
    assertThat(row.cells().get(1).version().definition().name()).isEqualTo("CSE offences charged");
    assertThat(row.cells().get(2).version().definition().name())
        .isEqualTo("CSE offences charged (revised)");
    assertThat(row.cells().get(2).newVersion()).isTrue();
    assertThat(row.cells().get(0).comment()).isEqualTo("Two trials adjourned.");

    // A quarter with figures under its version cannot have that version replaced.
    assertThatThrownBy(
            () ->
                indicators.revise(
                    lead,
                    offences,
                    Q1,
                    IndicatorDefinition.entered(
                            "Rewritten",
                            "x",
                            Unit.PERCENTAGE,
                            Direction.HIGHER_IS_BETTER,
                            p.policeId())
                        .rated(null, BigDecimal.TEN, BigDecimal.ONE)))
        .isInstanceOf(ScrutinyRejectedException.class)
        .hasMessageContaining("scrutiny.indicator.returnsEntered");
    indicators.close(lead, Q2);
    assertThatThrownBy(
            () ->
                indicators.revise(
                    lead,
                    offences,
                    Q2,
                    IndicatorDefinition.entered(
                            "Rewritten",
                            "x",
                            Unit.PERCENTAGE,
                            Direction.HIGHER_IS_BETTER,
                            p.policeId())
                        .rated(null, BigDecimal.TEN, BigDecimal.ONE)))
        .isInstanceOf(ScrutinyRejectedException.class)
        .hasMessageContaining("scrutiny.indicator.closedQuarter");
    assertThat(indicators.find(lead, offences).versions()).hasSize(2);

    // The KPI dashboard: latest Q3 55, down? No: up from Q2's 45, which is better.
    OutcomeViews.Framework kpis = outcomes.kpis(lead);
    OutcomeViews.Row kpi = kpis.rows().getFirst();
    assertThat(kpi.latest().text()).isEqualTo("55");
    assertThat(kpi.trend()).isEqualTo("UP");
    assertThat(kpi.improving()).isTrue();
  }

  @Test
  void aReturnIsRefusedForAClosedQuarterAnUnendedOneTheWrongUnitOrRangeOrAnotherAgency() {
    UUID trained =
        indicators.define(
            lead,
            Q1,
            IndicatorDefinition.entered(
                    "Staff trained in CSE awareness",
                    "Police staff who completed the course in the quarter.",
                    Unit.COUNT,
                    Direction.HIGHER_IS_BETTER,
                    p.policeId())
                .rated(null, new BigDecimal("100"), new BigDecimal("50"))
                .within(BigDecimal.ZERO, new BigDecimal("5000")),
            false);
    indicators.close(lead, Q1);

    assertRejected(() -> returns.enter(police, trained, Q1, BigDecimal.TEN, null), "closed");
    FinancialQuarter current = FinancialQuarter.of(LocalDate.of(2026, 5, 10));
    assertRejected(() -> returns.enter(police, trained, current, BigDecimal.TEN, null), "notEnded");
    assertRejected(
        () -> returns.enter(police, trained, Q2, new BigDecimal("12.5"), null), "unit.COUNT");
    assertRejected(() -> returns.enter(police, trained, Q2, new BigDecimal("9000"), null), "range");
    assertThatThrownBy(
            () ->
                returns.enter(
                    p.user(Role.HEALTH_SAFEGUARDING_LEAD), trained, Q2, BigDecimal.TEN, null))
        .isInstanceOf(AccessDeniedForRole.class);
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_event where user_id = ? and outcome = 'REFUSED'"
                        + " and basis = 'NOT_INDICATOR_AGENCY'")
                .param(p.user(Role.HEALTH_SAFEGUARDING_LEAD).id())
                .query(Long.class)
                .single())
        .isEqualTo(1L);
    assertThat(returns.entered(p.id())).isEmpty();

    // Q2 is open and owed: the police lead is chased for it, until they enter it.
    assertThat(returns.due(police))
        .extracting(d -> d.quarter().code())
        .contains("2025-Q2")
        .doesNotContain("2025-Q1");
    returns.enter(police, trained, Q2, new BigDecimal("120"), "New starters trained.");
    assertThat(returns.due(police)).extracting(d -> d.quarter().code()).doesNotContain("2025-Q2");
    assertThat(returns.due(p.user(Role.HEALTH_SAFEGUARDING_LEAD))).isEmpty();
  }

  @Test
  void theFrontDoorsMeasureIsWorkedOutFromConcernsDecidedInTheQuarter() {
    ChildSummary child = fixtures.child(p);
    CurrentUser teacher = p.user(Role.PRACTITIONER);
    clock.set(at(2026, 1, 12));
    UUID quick = concern(teacher, child);
    clock.set(at(2026, 1, 12).plusSeconds(2 * 3600));
    decide(quick);
    UUID slow = concern(teacher, child);
    clock.set(at(2026, 1, 16));
    decide(slow);
    clock.set(at(2026, 5, 10));

    UUID decided =
        indicators.define(
            lead,
            Q4,
            IndicatorDefinition.computed(
                    "Concerns decided within a working day",
                    "Of the concerns the front door decided in the quarter, those decided within the target.",
                    Unit.PERCENTAGE,
                    Direction.HIGHER_IS_BETTER,
                    "REFERRAL_DECIDED_WITHIN_TARGET")
                .rated(new BigDecimal("95"), new BigDecimal("90"), new BigDecimal("75")),
            true);

    OutcomeViews.Row row =
        outcomes.framework(lead, Q4, 2).rows().stream()
            .filter(r -> r.indicator().id().equals(decided))
            .findFirst()
            .orElseThrow();
    assertThat(row.cells().getLast().text()).isEqualTo("50");
    assertThat(row.cells().getLast().rag()).isEqualTo(Rag.RED);
    assertThat(row.cells().getFirst().version()).isNull();

    // Computed: no agency enters it.
    assertRejected(
        () ->
            indicators.define(
                lead,
                Q4,
                IndicatorDefinition.computed(
                        "Unknown",
                        "x",
                        Unit.PERCENTAGE,
                        Direction.HIGHER_IS_BETTER,
                        "no.such.measure")
                    .rated(null, BigDecimal.TEN, BigDecimal.ONE),
                false),
        "measure.unknown");
  }

  @Test
  void aClosedQuartersComputedFigureIsFrozenWhateverIsRecordedLater() {
    ChildSummary child = fixtures.child(p);
    CurrentUser teacher = p.user(Role.PRACTITIONER);
    clock.set(at(2026, 1, 12));
    UUID quick = concern(teacher, child);
    clock.set(at(2026, 1, 12).plusSeconds(2 * 3600));
    decide(quick);
    UUID slow = concern(teacher, child);
    clock.set(at(2026, 1, 16));
    decide(slow);
    clock.set(at(2026, 5, 10));
    UUID decided =
        indicators.define(
            lead,
            Q4,
            IndicatorDefinition.computed(
                    "Concerns decided within a working day",
                    "Of the concerns the front door decided in the quarter, those decided within the target.",
                    Unit.PERCENTAGE,
                    Direction.HIGHER_IS_BETTER,
                    "REFERRAL_DECIDED_WITHIN_TARGET")
                .rated(new BigDecimal("95"), new BigDecimal("90"), new BigDecimal("75")),
            true);
    indicators.close(lead, Q4);

    // A concern decided within the quarter but recorded after it closed (the clock set back stands
    // for a late record): the live measure moves, the closed quarter does not.
    clock.set(at(2026, 2, 2));
    UUID late = concern(teacher, child);
    clock.set(at(2026, 2, 2).plusSeconds(3600));
    decide(late);
    clock.set(at(2026, 5, 10));

    assertThat(
            jdbc.sql(
                    "select figure from scrutiny_indicator_frozen where indicator_id = ?"
                        + " and quarter = ?")
                .params(decided, Q4.code())
                .query(BigDecimal.class)
                .single())
        .isEqualByComparingTo("50");
    OutcomeViews.Row row =
        outcomes.framework(lead, Q4, 1).rows().stream()
            .filter(r -> r.indicator().id().equals(decided))
            .findFirst()
            .orElseThrow();
    assertThat(row.cells().getLast().text()).isEqualTo("50");
    assertThat(row.cells().getLast().rag()).isEqualTo(Rag.RED);
  }

  private UUID concern(CurrentUser by, ChildSummary child) {
    return submission.raise(
        by,
        ChildChoice.existing(child.id()),
        new ConcernContent(
            "Seen getting into cars with older men.",
            LocalDate.ofInstant(clock.instant(), LanternTime.ZONE).minusDays(1),
            "Bus station",
            false,
            Set.of(RiskIndicator.CRIMINAL_EXPLOITATION)),
        UUID.randomUUID().toString(),
        List.of());
  }

  private void decide(UUID concern) {
    CurrentUser fd = p.user(Role.FRONT_DOOR);
    long version = referrals.one(p.user(Role.PRACTITIONER), concern).concern().version();
    frontDoor.decide(fd, concern, version, ThresholdDecision.EARLY_HELP, "Family agree.", null);
  }

  private static void assertRejected(Runnable r, String key) {
    assertThatThrownBy(r::run)
        .isInstanceOf(ScrutinyRejectedException.class)
        .hasMessageContaining(key);
  }

  static Instant at(int y, int m, int d) {
    return LocalDateTime.of(y, m, d, 10, 0).atZone(LanternTime.ZONE).toInstant();
  }
}
