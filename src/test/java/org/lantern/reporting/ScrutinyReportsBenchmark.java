package org.lantern.reporting;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.platform.FinancialQuarter;
import org.lantern.scrutiny.Audience;
import org.lantern.scrutiny.CommitteePacks;
import org.lantern.scrutiny.Direction;
import org.lantern.scrutiny.IndicatorDefinition;
import org.lantern.scrutiny.Indicators;
import org.lantern.scrutiny.Unit;
import org.lantern.scrutiny.WorkProgramme;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.MutableClock;
import org.lantern.testing.Pages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The committee's other reports over the partnership {@link PeriodReportBenchmark} generated (run
 * that first; this one only reuses it): the outcomes framework page and PDF, the KPI dashboard, and
 * the committee pack (assembling it counts the period report; reading it shows what was kept).
 * Timed after one warm-up, {@code bench.runs} times each, through MockMvc with sign-in. Not part of
 * {@code ./mvnw verify}: {@code ./mvnw -Pbench test -Dtest=ScrutinyReportsBenchmark
 * -Dbench.children=1000000 -Dlantern.test.db.url=...} on the database the period report's benchmark
 * generated into.
 */
@Tag("benchmark")
@IntegrationTest
@GeneratedPartnershipIndex
class ScrutinyReportsBenchmark {

  @Autowired JdbcTemplate jdbc;
  @Autowired Directory directory;
  @Autowired MutableClock clock;
  @Autowired Indicators indicators;
  @Autowired WorkProgramme programme;
  @Autowired CommitteePacks packs;
  @Autowired MockMvc mvc;
  @Autowired UserDetailsService users;

  @Test
  void theFrameworkTheKpisAndThePackOverTheGeneratedPartnership() throws Exception {
    int n = Integer.getInteger("bench.children", 1_000_000);
    UUID partnership = GeneratedPartnership.latest(jdbc, n);
    if (partnership == null) {
      throw new IllegalStateException(
          "no generated partnership of " + n + " children: run PeriodReportBenchmark first");
    }
    clock.set(LocalDate.of(2026, 12, 1).atTime(10, 0).toInstant(ZoneOffset.UTC));
    CurrentUser lead = GeneratedPartnership.strategicLead(jdbc, directory, partnership);
    define(lead);
    UUID committee = programme.createCommittee(lead, "Benchmark Select Committee " + n);
    programme.seat(lead, committee, Set.of(), Set.of(lead.id()));
    UUID meeting =
        programme.addMeeting(
            lead, committee, LocalDate.of(2026, 12, 10), LocalTime.of(18, 0), "Council chamber");
    List<String> sections = List.of("PERIOD_REPORT", "OUTCOMES", "KPIS", "WORK_PROGRAMME");
    String loadBefore = PeriodReportBenchmark.load();

    long[] framework = PeriodReportBenchmark.time(() -> page(lead, get("/scrutiny/framework")));
    long[] frameworkPdf =
        PeriodReportBenchmark.time(() -> page(lead, get("/scrutiny/framework/pdf")));
    long[] kpis = PeriodReportBenchmark.time(() -> page(lead, get("/scrutiny/kpis")));
    UUID[] pack = new UUID[1];
    long[] assemble =
        PeriodReportBenchmark.time(
            () ->
                pack[0] =
                    packs.assemble(
                        lead,
                        meeting,
                        Audience.PART_A,
                        "Child exploitation: six-monthly update",
                        "The partnership's figures for May to October 2026.",
                        sections));
    long[] packPage =
        PeriodReportBenchmark.time(() -> page(lead, get("/scrutiny/packs/" + pack[0])));
    long[] packPdf =
        PeriodReportBenchmark.time(() -> page(lead, get("/scrutiny/packs/" + pack[0] + "/pdf")));

    System.out.printf(
        "%n== Scrutiny reports over %,d children (partnership %s)%n"
            + "load before %s; after %s%n"
            + "framework page   %s ms%nframework PDF    %s ms%nKPI page        %s ms%n"
            + "pack assembled  %s ms (its period report included)%n"
            + "pack page       %s ms%npack PDF        %s ms%n",
        n,
        partnership,
        loadBefore,
        PeriodReportBenchmark.load(),
        Arrays.toString(framework),
        Arrays.toString(frameworkPdf),
        Arrays.toString(kpis),
        Arrays.toString(assemble),
        Arrays.toString(packPage),
        Arrays.toString(packPdf));
  }

  /** The two computed measures and one agency's return, key indicators, once per partnership. */
  private void define(CurrentUser lead) {
    if (!indicators.all(lead.partnershipId()).isEmpty()) {
      return;
    }
    FinancialQuarter from = FinancialQuarter.of(LocalDate.of(2024, 4, 1));
    indicators.define(
        lead,
        from,
        IndicatorDefinition.computed(
                "Return interviews within 72 hours",
                "Of the children back from going missing, those interviewed in time",
                Unit.PERCENTAGE,
                Direction.HIGHER_IS_BETTER,
                "MISSING_RETURN_INTERVIEWS_WITHIN_WINDOW")
            .rated(new BigDecimal("90"), new BigDecimal("90"), new BigDecimal("75")),
        true);
    indicators.define(
        lead,
        from,
        IndicatorDefinition.computed(
                "Concerns decided within a working day",
                "Of the concerns decided, those decided within the target",
                Unit.PERCENTAGE,
                Direction.HIGHER_IS_BETTER,
                "REFERRAL_DECIDED_WITHIN_TARGET")
            .rated(new BigDecimal("95"), new BigDecimal("95"), new BigDecimal("85")),
        true);
    indicators.define(
        lead,
        from,
        IndicatorDefinition.entered(
                "Exploitation offences recorded",
                "Offences of child sexual or criminal exploitation the police recorded",
                Unit.COUNT,
                Direction.LOWER_IS_BETTER,
                lead.agencyId())
            .rated(null, new BigDecimal("10"), new BigDecimal("20")),
        true);
  }

  private void page(CurrentUser lead, MockHttpServletRequestBuilder request) throws Exception {
    mvc.perform(request.with(Pages.signedInAs(users, lead.username()))).andExpect(status().isOk());
  }
}
