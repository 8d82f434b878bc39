package org.lantern.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.panel.PanelDecision;
import org.lantern.panel.PanelRounds;
import org.lantern.people.ChildPlacement;
import org.lantern.people.ChildSummary;
import org.lantern.people.Children;
import org.lantern.people.Placements;
import org.lantern.people.Sex;
import org.lantern.platform.disclosure.DisclosureControl;

/**
 * Counts rounds of one panel for its report card, for its whole area or one of its districts,
 * reading each round's presentations, escalations and actions once.
 */
final class RoundCounter {
  private final PanelRounds rounds;
  private final Children children;
  private final Placements placements;
  private final UUID partnershipId;
  private final UUID panelId;
  private final List<PanelRounds.Round> approved;
  private final Map<UUID, List<PanelRounds.PresentationFigure>> presented = new HashMap<>();
  private @Nullable List<PanelRounds.EscalationFigure> escalations;
  private final Map<LocalDate, List<PanelRounds.ActionFigure>> overdue = new HashMap<>();

  RoundCounter(
      PanelRounds rounds,
      Children children,
      Placements placements,
      UUID partnershipId,
      UUID panelId,
      List<PanelRounds.Round> approved) {
    this.rounds = rounds;
    this.children = children;
    this.placements = placements;
    this.partnershipId = partnershipId;
    this.panelId = panelId;
    this.approved = approved;
  }

  ReportFigures figures(
      PanelRounds.Round current,
      PanelRounds.@Nullable Round previous,
      PanelRounds.@Nullable Round yearEarlier,
      @Nullable UUID district,
      @Nullable DisclosureControl control) {
    return ReportFigures.of(
        counts(current, district),
        previous == null ? null : counts(previous, district),
        yearEarlier == null ? null : counts(yearEarlier, district),
        control);
  }

  private static boolean in(@Nullable UUID district, @Nullable UUID where) {
    return district == null || district.equals(where);
  }

  List<PanelRounds.PresentationFigure> presentations(UUID meetingId) {
    return presented.computeIfAbsent(meetingId, rounds::presentations);
  }

  /** A round's counts for the area ({@code district} null) or one of its districts. */
  RoundCounts counts(PanelRounds.Round round, @Nullable UUID district) {
    List<PanelRounds.PresentationFigure> here =
        presentations(round.meetingId()).stream()
            .filter(p -> in(district, p.districtId()))
            .toList();
    // the last decision for each child at an earlier approved round of this panel
    Map<UUID, PanelDecision> lastBefore = new HashMap<>();
    approved.stream()
        .filter(r -> r.meetingOn().isBefore(round.meetingOn()))
        .sorted(Comparator.comparing(PanelRounds.Round::meetingOn))
        .forEach(
            r ->
                presentations(r.meetingId())
                    .forEach(p -> lastBefore.put(p.childId(), p.decision())));
    Set<UUID> ids = new HashSet<>();
    here.forEach(p -> ids.add(p.childId()));
    Map<UUID, ChildSummary> summaries = children.summaries(ids);
    // where each child lived on the day of the round, and who held responsibility
    Map<UUID, ChildPlacement> placed = placements.currentOn(ids, round.meetingOn());
    List<CountedChild> counted = new ArrayList<>();
    for (PanelRounds.PresentationFigure p : here) {
      ChildSummary child = summaries.get(p.childId());
      CountedChild.Stage stage;
      if (p.decision() == PanelDecision.CLOSE) {
        stage = CountedChild.Stage.CLOSED;
      } else if (!lastBefore.containsKey(p.childId())
          || lastBefore.get(p.childId()) == PanelDecision.CLOSE) {
        stage = CountedChild.Stage.NEW;
      } else {
        stage = CountedChild.Stage.CONTINUING;
      }
      counted.add(
          new CountedChild(
              p.level(),
              stage,
              child == null ? Sex.NOT_KNOWN : child.sex(),
              child == null ? null : child.dateOfBirth(),
              placed.containsKey(p.childId()) ? placed.get(p.childId()).type() : null,
              placed.containsKey(p.childId()) ? placed.get(p.childId()).responsibility() : null));
    }
    if (escalations == null) {
      escalations = rounds.escalations(partnershipId, panelId);
    }
    long escalated =
        escalations.stream()
            .filter(e -> e.thirdPresentationMeetingId().equals(round.meetingId()))
            .filter(e -> in(district, e.districtId()))
            .count();
    long late =
        overdue
            .computeIfAbsent(
                round.meetingOn(),
                on -> rounds.overdueActions(partnershipId, panelId, round.meetingOn()))
            .stream()
            .filter(a -> in(district, a.districtId()))
            .count();
    return new RoundCounts(round.meetingOn(), counted, escalated, late);
  }
}
