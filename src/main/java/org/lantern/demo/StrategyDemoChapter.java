package org.lantern.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.platform.LanternTime;
import org.lantern.referral.HistoricConcern;
import org.lantern.referral.ThresholdDecision;
import org.lantern.strategy.ChildMeetings;
import org.lantern.strategy.ChildProtectionConferences;
import org.lantern.strategy.ConferenceKind;
import org.lantern.strategy.ConferenceRecord;
import org.lantern.strategy.MeetingDecision;
import org.lantern.strategy.MeetingKind;
import org.lantern.strategy.MeetingRecord;
import org.lantern.strategy.PlanCategory;
import org.springframework.stereotype.Component;

/**
 * Strategy in the demo county: the front door's latest "strategy discussion" decisions each started
 * a discussion; most were held the next day with the police (Dan Kowalczyk), health (Grace
 * Tremayne) and Sam Okafor, some deciding a conference that made a plan led by Sam; the newest is
 * not yet held (overdue on Priya Raman's home page once its day has passed). One child has a
 * risk-management meeting with its next review ahead.
 */
@Component
class StrategyDemoChapter implements DemoChapter {

  private static final int DISCUSSIONS = 6;

  private final ChildMeetings meetings;
  private final ChildProtectionConferences conferences;
  private final Directory directory;
  private final Clock clock;

  StrategyDemoChapter(
      ChildMeetings meetings,
      ChildProtectionConferences conferences,
      Directory directory,
      Clock clock) {
    this.clock = clock;
    this.meetings = meetings;
    this.conferences = conferences;
    this.directory = directory;
  }

  @Override
  public int order() {
    return 360;
  }

  @Override
  public void write(Facts county) {
    DemoOrganisation org = county.organisation();
    CurrentUser frontDoor = org.asUser(directory, "frontdoor");
    UUID sam = org.user("socialworker");
    List<UUID> there = List.of(org.user("police"), org.user("health"), sam);
    List<HistoricConcern> decided =
        county.concerns().stream()
            .filter(c -> c.decision() == ThresholdDecision.STRATEGY_DISCUSSION)
            .filter(c -> c.decidedAt() != null && c.decidedAt().isBefore(county.now()))
            .sorted(Comparator.comparing(HistoricConcern::decidedAt).reversed())
            .limit(DISCUSSIONS)
            .toList();
    MeetingDecision[] decisions = {
      MeetingDecision.INITIAL_CHILD_PROTECTION_CONFERENCE,
      MeetingDecision.SECTION_47_ENQUIRY,
      MeetingDecision.INITIAL_CHILD_PROTECTION_CONFERENCE,
      MeetingDecision.EXPLOITATION_PATHWAY,
      MeetingDecision.NO_FURTHER_ACTION
    };
    Set<UUID> planned = new HashSet<>();
    for (int i = 0; i < decided.size(); i++) {
      HistoricConcern c = decided.get(i);
      UUID id =
          meetings.startFromDecision(
              org.partnershipId, c.childId(), c.id(), c.decidedAt(), frontDoor.id());
      Instant heldAt = c.decidedAt().plus(Duration.ofHours(20));
      if (i == 0 || heldAt.isAfter(county.now())) {
        continue;
      }
      MeetingDecision decision = decisions[(i - 1) % decisions.length];
      LocalDate heldOn = LocalDate.ofInstant(heldAt, LanternTime.ZONE);
      meetings.record(
          frontDoor,
          id,
          0,
          new MeetingRecord(
              heldAt,
              there,
              there,
              "Police know the child has been seen with older males at the bus station; health"
                  + " saw the child at the sexual health clinic; school attendance has fallen.",
              decision,
              "Reasonable cause to suspect the child is suffering significant harm.",
              List.of(
                  new MeetingRecord.Action(
                      "Visit the child at home and see them alone", sam, heldOn.plusDays(3), null),
                  new MeetingRecord.Action(
                      "Share the intelligence on the car seen",
                      org.user("police"),
                      heldOn.plusDays(5),
                      null)),
              null));
      LocalDate conferenceOn = heldOn.plusDays(12);
      if (decision == MeetingDecision.INITIAL_CHILD_PROTECTION_CONFERENCE
          && conferenceOn.isBefore(county.today())
          && planned.add(c.childId())) {
        conferences.record(
            frontDoor,
            c.childId(),
            new ConferenceRecord(
                ConferenceKind.INITIAL,
                id,
                conferenceOn,
                sam,
                true,
                i % 2 == 1 ? PlanCategory.SEXUAL : PlanCategory.EMOTIONAL,
                "The child is to have a plan; core group to meet within ten working days."));
      }
    }
    if (!county.children().isEmpty()) {
      UUID child = county.children().get(county.children().size() / 2).id();
      UUID rmm = meetings.start(frontDoor, MeetingKind.RISK_MANAGEMENT, List.of(child));
      List<UUID> rmmThere = List.of(org.user("missing"), org.user("police"), sam);
      meetings.record(
          frontDoor,
          rmm,
          0,
          new MeetingRecord(
              clock.instant(),
              rmmThere,
              rmmThere,
              "Missing three times this month, each time found in the town centre late at night.",
              MeetingDecision.EXPLOITATION_PATHWAY,
              "Risk-management plan on the exploitation pathway.",
              List.of(
                  new MeetingRecord.Action(
                      "Return interview after each episode",
                      org.user("missing"),
                      county.today().plusDays(7),
                      null)),
              county.today().plusWeeks(4)));
    }
  }
}
