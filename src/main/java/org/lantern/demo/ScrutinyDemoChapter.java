package org.lantern.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.platform.FinancialQuarter;
import org.lantern.scrutiny.Audience;
import org.lantern.scrutiny.CommitteePacks;
import org.lantern.scrutiny.Direction;
import org.lantern.scrutiny.IndicatorDefinition;
import org.lantern.scrutiny.IndicatorReturns;
import org.lantern.scrutiny.Indicators;
import org.lantern.scrutiny.ItemDetails;
import org.lantern.scrutiny.Quarters;
import org.lantern.scrutiny.Unit;
import org.lantern.scrutiny.WorkProgramme;
import org.springframework.stereotype.Component;

/**
 * The demo county's scrutiny: an outcomes framework over the last six quarters (two indicators
 * Lantern works out, three the police and the hospital trust enter; the trust's training target
 * raised from a quarter on, so earlier quarters keep the old bands), the earlier quarters closed,
 * the police's latest return still owed (their home page chases it); the committee with its
 * councillor and named officer, three meetings, a recurring CSE update, an exempt item and a
 * suggested one; and a published pack for the last meeting with a draft for the next.
 */
@Component
class ScrutinyDemoChapter implements DemoChapter {

  private final Directory directory;
  private final Indicators indicators;
  private final IndicatorReturns returns;
  private final WorkProgramme programme;
  private final CommitteePacks packs;

  ScrutinyDemoChapter(
      Directory directory,
      Indicators indicators,
      IndicatorReturns returns,
      WorkProgramme programme,
      CommitteePacks packs) {
    this.directory = directory;
    this.indicators = indicators;
    this.returns = returns;
    this.programme = programme;
    this.packs = packs;
  }

  @Override
  public int order() {
    return 800;
  }

  @Override
  public void write(Facts county) {
    CurrentUser lead = county.organisation().asUser(directory, "strategic");
    CurrentUser police = county.organisation().asUser(directory, "police");
    CurrentUser health = county.organisation().asUser(directory, "health");
    FinancialQuarter last = Quarters.lastEnded(county.today());
    List<FinancialQuarter> quarters = Quarters.upTo(last, 6);
    FinancialQuarter first = quarters.getFirst();

    indicators.define(
        lead,
        first,
        IndicatorDefinition.computed(
                "Return interviews within 72 hours",
                "Of the children who came back from missing from home or care in the quarter, the"
                    + " percentage whose return interview was completed within 72 hours.",
                Unit.PERCENTAGE,
                Direction.HIGHER_IS_BETTER,
                "MISSING_RETURN_INTERVIEWS_WITHIN_WINDOW")
            .rated(new BigDecimal("80"), new BigDecimal("80"), new BigDecimal("60")),
        true);
    indicators.define(
        lead,
        first,
        IndicatorDefinition.computed(
                "Concerns decided within a working day",
                "Of the concerns the front door decided in the quarter, the percentage decided"
                    + " within the target.",
                Unit.PERCENTAGE,
                Direction.HIGHER_IS_BETTER,
                "REFERRAL_DECIDED_WITHIN_TARGET")
            .rated(new BigDecimal("95"), new BigDecimal("90"), new BigDecimal("75")),
        false);
    UUID policeAgency = police.agencyId();
    UUID offences =
        indicators.define(
            lead,
            first,
            IndicatorDefinition.entered(
                    "CSE offences recorded",
                    "Crimes recorded in the quarter with a CSE marker.",
                    Unit.COUNT,
                    Direction.LOWER_IS_BETTER,
                    policeAgency)
                .rated(null, new BigDecimal("30"), new BigDecimal("45"))
                .within(BigDecimal.ZERO, new BigDecimal("1000")),
            false);
    UUID charges =
        indicators.define(
            lead,
            first,
            IndicatorDefinition.entered(
                    "CSE offences resulting in a charge",
                    "Of the CSE offences recorded in the quarter, the percentage that led to a"
                        + " charge or summons.",
                    Unit.PERCENTAGE,
                    Direction.HIGHER_IS_BETTER,
                    policeAgency)
                .rated(new BigDecimal("25"), new BigDecimal("25"), new BigDecimal("15")),
            true);
    UUID trained =
        indicators.define(
            lead,
            first,
            IndicatorDefinition.entered(
                    "Hospital staff trained in CSE awareness",
                    "Staff of the trust who completed CSE awareness training in the quarter.",
                    Unit.COUNT,
                    Direction.HIGHER_IS_BETTER,
                    health.agencyId())
                .rated(new BigDecimal("60"), new BigDecimal("60"), new BigDecimal("40"))
                .within(BigDecimal.ZERO, new BigDecimal("5000")),
            true);
    // From the latest two quarters the trust aims higher: earlier quarters keep the old bands.
    FinancialQuarter raised = quarters.get(4);
    indicators.revise(
        lead,
        trained,
        raised,
        IndicatorDefinition.entered(
                "Hospital staff trained in CSE awareness",
                "Staff of the trust, including bank staff, who completed CSE awareness training in"
                    + " the quarter.",
                Unit.COUNT,
                Direction.HIGHER_IS_BETTER,
                health.agencyId())
            .rated(new BigDecimal("90"), new BigDecimal("90"), new BigDecimal("60"))
            .within(BigDecimal.ZERO, new BigDecimal("5000")));

    int[] offenceFigures = {48, 41, 44, 36, 33};
    int[] chargeFigures = {12, 14, 18, 21, 27};
    int[] trainedFigures = {35, 52, 64, 71, 83, 96};
    for (int i = 0; i < quarters.size(); i++) {
      FinancialQuarter q = quarters.get(i);
      if (i < offenceFigures.length) {
        returns.enter(
            police,
            offences,
            q,
            BigDecimal.valueOf(offenceFigures[i]),
            i == 2 ? "A rise after the bus-station operation found more victims." : null);
        returns.enter(police, charges, q, BigDecimal.valueOf(chargeFigures[i]), null);
      }
      returns.enter(
          health,
          trained,
          q,
          BigDecimal.valueOf(trainedFigures[i]),
          i == 4 ? "Bank staff now included." : null);
    }
    for (FinancialQuarter q : quarters.subList(0, 4)) {
      indicators.close(lead, q);
    }

    committee(lead, county);
  }

  private void committee(CurrentUser lead, Facts county) {
    CurrentUser councillor = county.organisation().asUser(directory, "councillor");
    UUID committee = programme.createCommittee(lead, "Children and Communities Scrutiny Committee");
    programme.seat(lead, committee, Set.of(councillor.id()), Set.of(lead.id()));
    LocalDate today = county.today();
    LocalDate lastMeeting = today.minusMonths(2).withDayOfMonth(13);
    LocalDate nextMeeting = lastMeeting.plusMonths(6);
    LocalDate later = nextMeeting.plusMonths(6);
    UUID past =
        programme.addMeeting(
            lead, committee, lastMeeting, LocalTime.of(10, 0), "Oak Room, County Buildings");
    UUID next =
        programme.addMeeting(
            lead, committee, nextMeeting, LocalTime.of(10, 0), "Oak Room, County Buildings");
    programme.addMeeting(
        lead, committee, later, LocalTime.of(14, 0), "Council Chamber, County Buildings");
    programme.addItem(
        lead,
        committee,
        ItemDetails.suggested("Child sexual exploitation: progress against the action plan")
            .on(past)
            .about(
                "The partnership’s six-monthly update: the outcomes framework and KPIs.",
                "Noted. The committee asked for return interview timeliness at the next update.")
            .by("Cabinet Member for Children and Young People", "Head of Safeguarding")
            .every(6));
    programme.addItem(
        lead,
        committee,
        ItemDetails.suggested("Work programme")
            .on(past)
            .about("The committee reviews its programme.", "Agreed with two additions.")
            .by(null, "Scrutiny officer"));
    programme.addItem(
        lead,
        committee,
        ItemDetails.suggested("Children placed out of county: a case review")
            .on(next)
            .about("A review of one placement; exempt as it concerns an individual.", null)
            .by("Cabinet Member for Children and Young People", "Head of Children’s Services")
            .exempt(true));
    programme.addItem(
        lead,
        committee,
        ItemDetails.suggested("Missing children: the return interview service")
            .about("Suggested by a member: how the commissioned service meets the 72 hours.", null)
            .by(null, "Commissioning manager"));
    UUID published =
        packs.assemble(
            lead,
            past,
            Audience.PART_A,
            "Children and Communities Scrutiny Committee: CSE update",
            """
            This report updates the committee on the partnership’s work against child sexual \
            exploitation and its progress against the action plan.

            Return interviews within 72 hours have improved for three quarters running. CSE \
            offences recorded fell again, and more of them led to a charge.

            The committee is asked to note the outcomes framework and the key performance \
            indicators, and to agree its work programme.""",
            List.of("OUTCOMES", "KPIS", "WORK_PROGRAMME"));
    packs.publish(lead, published);
    packs.assemble(
        lead,
        next,
        Audience.PART_A,
        "Children and Communities Scrutiny Committee: draft pack",
        "Draft: the covering report will follow the quarter's returns.",
        List.of("KPIS", "WORK_PROGRAMME"));
  }
}
