package org.lantern.strategy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.lantern.access.CurrentUser;
import org.lantern.people.ChildSummary;
import org.lantern.people.Children;
import org.lantern.platform.LanternTime;
import org.lantern.strategy.data.ConferenceEntity;
import org.lantern.strategy.data.Conferences;
import org.lantern.strategy.data.MeetingAction;
import org.lantern.strategy.data.PlanEntity;
import org.lantern.strategy.data.Plans;
import org.lantern.strategy.data.StrategyMeetingEntity;
import org.lantern.strategy.data.StrategyMeetings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clocks, and what is past its date for its owner: a meeting not held by its date (whoever
 * started it), an initial conference not held within its working days of the discussion that
 * decided it and a risk-management review not held (whoever recorded or started the meeting), an
 * action not done (its owner), a plan's review conference (its lead social worker).
 */
@Service
public class StrategyClocks {

  private final StrategyMeetings meetings;
  private final Conferences conferences;
  private final Plans plans;
  private final Children children;
  private final Clock clock;

  StrategyClocks(
      StrategyMeetings meetings,
      Conferences conferences,
      Plans plans,
      Children children,
      Clock clock) {
    this.meetings = meetings;
    this.conferences = conferences;
    this.plans = plans;
    this.children = children;
    this.clock = clock;
  }

  LocalDate today() {
    return LocalDate.now(clock.withZone(LanternTime.ZONE));
  }

  /** What of this person's is overdue today, the longest overdue first. */
  @Transactional(readOnly = true)
  public List<Overdue> overdueFor(CurrentUser user) {
    LocalDate today = today();
    List<Overdue> out = new ArrayList<>();
    for (StrategyMeetingEntity m : meetings.notHeldStartedBy(user.id(), today)) {
      out.add(
          new Overdue(
              m.kind() == MeetingKind.STRATEGY_DISCUSSION
                  ? "strategy.overdue.notHeld.STRATEGY_DISCUSSION"
                  : "strategy.overdue.notHeld.RISK_MANAGEMENT",
              names(m.childIds()),
              m.dueOn(),
              "/strategy/meetings/" + m.id() + "/record"));
    }
    for (StrategyMeetingEntity m : meetings.followUpsPastFor(user.id(), today)) {
      if (m.conferenceDueOn() != null
          && m.conferenceDueOn().isBefore(today)
          && !conferenceHeldAfter(m)) {
        UUID child = m.childIds().iterator().next();
        out.add(
            new Overdue(
                "strategy.overdue.conference",
                names(m.childIds()),
                m.conferenceDueOn(),
                "/children/" + child + "/conferences/new?discussion=" + m.id()));
      }
      if (m.nextReviewOn() != null && m.nextReviewOn().isBefore(today) && !reviewedAfter(m)) {
        UUID child = m.childIds().iterator().next();
        out.add(
            new Overdue(
                "strategy.overdue.review",
                names(m.childIds()),
                m.nextReviewOn(),
                "/children/" + child + "/strategy/new?kind=RISK_MANAGEMENT"));
      }
    }
    for (StrategyMeetingEntity m : meetings.withActionsPastFor(user.id(), today)) {
      for (MeetingAction a : m.actions()) {
        if (a.ownerUserId().equals(user.id()) && a.doneOn() == null && a.dueOn().isBefore(today)) {
          out.add(
              new Overdue(
                  "strategy.overdue.action",
                  names(m.childIds()),
                  a.dueOn(),
                  "/strategy/meetings/" + m.id()));
        }
      }
    }
    for (PlanEntity p :
        plans.findByLeadSocialWorkerUserIdAndEndedOnIsNullAndNextReviewOnBefore(user.id(), today)) {
      out.add(
          new Overdue(
              "strategy.overdue.planReview",
              names(List.of(p.childId())),
              p.nextReviewOn(),
              "/children/" + p.childId() + "/conferences/new?kind=REVIEW"));
    }
    out.sort(Comparator.comparing(Overdue::dueOn));
    return out;
  }

  /** Whether an initial conference was held for the discussion's children after it. */
  boolean conferenceHeldAfter(StrategyMeetingEntity discussion) {
    if (conferences.existsByDiscussionId(discussion.id())) {
      return true;
    }
    LocalDate held = LocalDate.ofInstant(discussion.heldAt(), LanternTime.ZONE);
    return discussion.childIds().stream()
        .allMatch(
            c ->
                conferences.findByChildIdOrderByHeldOnAsc(c).stream()
                    .anyMatch(
                        (ConferenceEntity x) ->
                            x.kind() == ConferenceKind.INITIAL && !x.heldOn().isBefore(held)));
  }

  /** Whether a later risk-management meeting was started for the meeting's children. */
  boolean reviewedAfter(StrategyMeetingEntity meeting) {
    return meeting.childIds().stream()
        .allMatch(
            c ->
                meetings.aboutChild(c).stream()
                    .anyMatch(
                        later ->
                            later.kind() == MeetingKind.RISK_MANAGEMENT
                                && later.startedAt().isAfter(meeting.startedAt())));
  }

  private String names(Collection<UUID> childIds) {
    Map<UUID, ChildSummary> s = children.summaries(childIds);
    return childIds.stream()
        .map(s::get)
        .filter(Objects::nonNull)
        .map(ChildSummary::name)
        .collect(Collectors.joining(", "));
  }
}
